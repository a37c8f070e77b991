<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AgencyRepository</name>
    <message>
        <source>The agency could not be saved: %1</source>
        <translation>服务机构未能保存：%1</translation>
    </message>
    <message>
        <source>The agency could not be changed: %1</source>
        <translation>服务机构信息未能修改：%1</translation>
    </message>
    <message>
        <source>The expert could not be saved: %1</source>
        <translation>专家信息未能保存：%1</translation>
    </message>
</context>
<context>
    <name>AgencyValidator</name>
    <message>
        <source>Enter the agency&apos;s name.</source>
        <translation>请输入服务机构名称。</translation>
    </message>
    <message>
        <source>The notes are longer than %1 characters.</source>
        <translation>备注超过 %1 个字符。</translation>
    </message>
    <message>
        <source>A field is longer than %1 characters.</source>
        <translation>有字段超过 %1 个字符。</translation>
    </message>
    <message>
        <source>An agency named &quot;%1&quot; exists already.</source>
        <translation>已有名为“%1”的服务机构。</translation>
    </message>
</context>
<context>
    <name>AppraisalCalculator</name>
    <message>
        <source>The first year of the scheme must be between 2000 and 2100.</source>
        <translation>细则的起始年度须在 2000 至 2100 之间。</translation>
    </message>
    <message>
        <source>Each figure can be scored by one item only.</source>
        <translation>每项指标只能由一个考核项目计分。</translation>
    </message>
    <message>
        <source>An item&apos;s points must be between 0 and 100.</source>
        <translation>考核项目的分值须在 0 至 100 之间。</translation>
    </message>
    <message>
        <source>A deduction needs the points taken for each interview or notice.</source>
        <translation>扣分项须填写每次约谈或通报扣的分数。</translation>
    </message>
    <message>
        <source>For every item, &quot;full points at&quot; must be above &quot;no points at&quot;, both between 0 and 100.</source>
        <translation>每个项目的“满分线”须高于“零分线”，两者均在 0 至 100 之间。</translation>
    </message>
    <message>
        <source>The points of the items must add up to 100 (now %1).</source>
        <translation>各项目分值合计须为 100 分（现为 %1 分）。</translation>
    </message>
    <message>
        <source>The grade thresholds must go down from excellent to qualified to basically qualified, between 0 and 100.</source>
        <translation>等级分数线须按优秀、合格、基本合格依次递减，且在 0 至 100 之间。</translation>
    </message>
</context>
<context>
    <name>AppraisalRepository</name>
    <message>
        <source>The appraisal of %1 is confirmed already.</source>
        <translation>%1 年度考核已确认。</translation>
    </message>
    <message>
        <source>There is no agency to appraise in %1.</source>
        <translation>%1 年度没有可考核的服务机构。</translation>
    </message>
    <message>
        <source>The appraisal could not be confirmed: %1</source>
        <translation>考核未能确认：%1</translation>
    </message>
    <message>
        <source>The appraisal of %1 could not be confirmed: %2</source>
        <translation>%1 的考核未能确认：%2</translation>
    </message>
    <message>
        <source>Give the reason for reopening the appraisal; it is kept with the year.</source>
        <translation>请填写重新打开考核的原因；原因随该年度保存。</translation>
    </message>
    <message>
        <source>The appraisal of %1 is not confirmed.</source>
        <translation>%1 年度考核尚未确认。</translation>
    </message>
    <message>
        <source>The appraisal could not be reopened: %1</source>
        <translation>考核未能重新打开：%1</translation>
    </message>
    <message>
        <source>No version of the appraisal scheme applies to %1.</source>
        <translation>没有适用于 %1 年度的考核评分细则版本。</translation>
    </message>
</context>
<context>
    <name>AppraisalSchemeRepository</name>
    <message>
        <source>Another version of the scheme already starts with %1.</source>
        <translation>已有从 %1 年起施行的另一版本细则。</translation>
    </message>
    <message>
        <source>The scheme could not be saved: %1</source>
        <translation>评分细则未能保存：%1</translation>
    </message>
</context>
<context>
    <name>ArchiveManifest</name>
    <message>
        <source>Its manifest cannot be read (%1).</source>
        <translation>无法读取其清单文件（%1）。</translation>
    </message>
    <message>
        <source>It is not a SafeLedger backup or handover package.</source>
        <translation>它不是 SafeLedger 的备份或交接包。</translation>
    </message>
    <message>
        <source>It was written by a newer SafeLedger (format %1); install that version to read it.</source>
        <translation>它由更新版本的 SafeLedger 写出（格式 %1）；请安装该版本后再读取。</translation>
    </message>
    <message>
        <source>Its manifest is incomplete or damaged.</source>
        <translation>其清单文件不完整或已损坏。</translation>
    </message>
</context>
<context>
    <name>AuditAnchor</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The audit anchor could not be written to %1: %2</source>
        <translation>无法将操作日志锚点写入 %1：%2</translation>
    </message>
    <message>
        <source>The audit anchor could not be written to %1.</source>
        <translation>无法将操作日志锚点写入 %1。</translation>
    </message>
    <message>
        <source>The audit trail ends before its anchor of %1 (%2), which names entry %3 of %4: entries were removed from the file since.</source>
        <translation>操作日志在 %1 的锚点（%2）之前就结束了，该锚点记载到第 %3 条、共 %4 条：此后有记录被从文件中删除。</translation>
    </message>
    <message>
        <source>Audit entry %1 no longer has the hash anchored on %2 (%3): the trail was rewritten inside the file.</source>
        <translation>第 %1 条操作日志的哈希值已与 %2 的锚点（%3）不符：操作日志在文件内被改写过。</translation>
    </message>
    <message>
        <source>The audit trail held %1 entries up to entry %2 when it was anchored on %3 (%4), and holds %5 now: entries were removed or slipped in.</source>
        <translation>%3 设锚点（%4）时，操作日志到第 %2 条为止共有 %1 条，现在却有 %5 条：有记录被删除或被塞入。</translation>
    </message>
    <message>
        <source>No anchor of the audit trail was found outside the file yet (every backup writes one).</source>
        <translation>尚未在文件之外找到操作日志的锚点（每次备份都会写入一个）。</translation>
    </message>
    <message>
        <source>The audit trail agrees with its anchor of %1 (%2).</source>
        <translation>操作日志与 %1 的锚点（%2）一致。</translation>
    </message>
    <message>
        <source>The audit trail agrees with its anchor of %1 (%2); the restore anchored after it did not take place.</source>
        <translation>操作日志与 %1 的锚点（%2）一致；其后记下的那次恢复没有完成。</translation>
    </message>
    <message>
        <source>Audit trail head: %1 entries, last no. %2, SHA-256 %3</source>
        <translation>操作日志链头：共 %1 条，末条第 %2 条，SHA-256 %3</translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <source>The audit log is written as .csv or .xlsx; name the file accordingly.</source>
        <translation>操作日志只能导出为 .csv 或 .xlsx 文件，请相应地命名文件。</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>The audit trail cannot be read: %1</source>
        <translation>无法读取操作日志：%1</translation>
    </message>
    <message>
        <source>The audit trail is broken at entry %1 (%2, %3): it was changed or an entry before it was removed.</source>
        <translation>审计链在第 %1 条记录处断开（%2，%3）：该条记录被修改过，或其之前的记录被删除。</translation>
    </message>
    <message numerus="yes">
        <source>Audit trail: %n entry(ies), chain intact.</source>
        <translation>
            <numerusform>操作日志：共 %n 条记录，审计链完整。</numerusform>
        </translation>
    </message>
    <message>
        <source>The acknowledgement could not be written: %1</source>
        <translation>无法写入确认记录：%1</translation>
    </message>
    <message>
        <source>The acknowledgement could not be saved: %1</source>
        <translation>无法保存确认记录：%1</translation>
    </message>
    <message>
        <source>The audit triggers cannot be read: %1</source>
        <translation>无法读取操作日志触发器：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n audit trigger(s) are missing (%1): changes to those tables are not being recorded. Something outside SafeLedger removed them; restore a backup, or report it.</source>
        <translation>
            <numerusform>缺少 %n 个操作日志触发器（%1）：这些表的改动没有被记录。它们是在 SafeLedger 之外被删除的；请恢复备份，或报告此事。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit trigger(s) are not as SafeLedger created them (%1): something outside SafeLedger changed them.</source>
        <translation>
            <numerusform>有 %n 个操作日志触发器与 SafeLedger 创建时不同（%1）：它们在 SafeLedger 之外被修改过。</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit triggers: all %1 as created.</source>
        <translation>操作日志触发器：全部 %1 个与创建时一致。</translation>
    </message>
    <message>
        <source>The records of %1 cannot be compared with the audit trail: %2</source>
        <translation>无法将 %1 的记录与操作日志核对：%2</translation>
    </message>
    <message>
        <source>Record %1 of %2 was removed without an audit entry: something outside SafeLedger deleted it.</source>
        <translation>%2 的第 %1 条记录被删除却没有操作日志：它是在 SafeLedger 之外被删除的。</translation>
    </message>
    <message>
        <source>Record %1 of %2 differs from its last audit entry: it was changed outside SafeLedger while auditing was switched off.</source>
        <translation>%2 的第 %1 条记录与其最后一条操作日志不符：它是在 SafeLedger 之外、在操作日志被关闭时修改的。</translation>
    </message>
    <message numerus="yes">
        <source>%n more record(s) differ from the audit trail.</source>
        <translation>
            <numerusform>另有 %n 条记录与操作日志不符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every record agrees with its last audit entry.</source>
        <translation>每条记录都与其最后一条操作日志一致。</translation>
    </message>
    <message>
        <source>Audit entry %1 (%2 of %3, %4) was never sealed: something wrote to the file outside SafeLedger. Look at it in the audit log, then acknowledge it there (or with safeledger-cli acknowledge --note TEXT).</source>
        <translation>第 %1 条操作日志（%3 的 %2，%4）从未封存：有程序在 SafeLedger 之外写入了文件。请在操作日志中查看，然后在那里确认（或使用 safeledger-cli acknowledge --note 说明）。</translation>
    </message>
    <message numerus="yes">
        <source>%n more entry(ies) were never sealed.</source>
        <translation>
            <numerusform>另有 %n 条记录从未封存。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) written outside SafeLedger were acknowledged (see the audit log).</source>
        <translation>
            <numerusform>在 SafeLedger 之外写入的 %n 条记录已经确认（见操作日志）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The columns of %1 cannot be read.</source>
        <translation>无法读取 %1 的各列。</translation>
    </message>
</context>
<context>
    <name>AuditWording</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Keep code despite check character</source>
        <translation>校验位不符仍保留该代码</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>所属社区</translation>
    </message>
    <message>
        <source>Size class</source>
        <translation>规模类型</translation>
    </message>
    <message>
        <source>Target categories</source>
        <translation>服务对象类别</translation>
    </message>
    <message>
        <source>Occupational hazard</source>
        <translation>职业病危害</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>出租方</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>参与状态</translation>
    </message>
    <message>
        <source>Join date</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>所属行业</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>从业人员数</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Safety contact</source>
        <translation>安全联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>收款户名</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>资质</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>服务机构</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>专业</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Certificate expires</source>
        <translation>证书有效期至</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Tender lot</source>
        <translation>标段</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签订于</translation>
    </message>
    <message>
        <source>Service from</source>
        <translation>服务开始日期</translation>
    </message>
    <message>
        <source>Service to</source>
        <translation>服务结束日期</translation>
    </message>
    <message>
        <source>Fee per enterprise</source>
        <translation>每家企业服务费</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>服务合同</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>New class applies from</source>
        <translation>新规模类型适用起始日期</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>证照编号</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>持证人</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>发证机关</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Valid for (months)</source>
        <translation>有效期（月）</translation>
    </message>
    <message>
        <source>Review every (months)</source>
        <translation>复审周期（月）</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>所属安全检查</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>隐患部位</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>隐患描述</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>隐患等级</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>隐患类别</translation>
    </message>
    <message>
        <source>Rectification demanded</source>
        <translation>整改要求</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Funds</source>
        <translation>资金</translation>
    </message>
    <message>
        <source>Listed deadline</source>
        <translation>挂牌整改期限</translation>
    </message>
    <message>
        <source>Listed responsible person</source>
        <translation>挂牌责任人</translation>
    </message>
    <message>
        <source>Emergency plan</source>
        <translation>应急预案</translation>
    </message>
    <message>
        <source>Delisted on</source>
        <translation>摘牌日期</translation>
    </message>
    <message>
        <source>Re-check date</source>
        <translation>复查日期</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>销号日期</translation>
    </message>
    <message>
        <source>Reason to close without it</source>
        <translation>无证据材料销号原因</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>隐患</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>处理环节</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原状态</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新状态</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Re-checked by</source>
        <translation>复查人</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>新整改期限</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>审批结果</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>审批日期</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Year reported on</source>
        <translation>报告年度</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>培训内容</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Reason for voiding</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>资料名称</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>大小（字节）</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Applies from</source>
        <translation>适用起始日期</translation>
    </message>
    <message>
        <source>Street share per year</source>
        <translation>每年街道补助</translation>
    </message>
    <message>
        <source>Subsidised years</source>
        <translation>补助年数</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>确认人</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>明细行数</translation>
    </message>
    <message>
        <source>Street share</source>
        <translation>街道补助</translation>
    </message>
    <message>
        <source>Reopened by</source>
        <translation>重新打开人</translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation>重新打开原因</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>服务费</translation>
    </message>
    <message>
        <source>Enterprise share</source>
        <translation>企业承担</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>评价意见</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>服务机构数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Rows imported</source>
        <translation>导入行数</translation>
    </message>
    <message>
        <source>Rows refused</source>
        <translation>拒收行数</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>导入人</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Audit entry</source>
        <translation>操作日志记录</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>no. %1</source>
        <translation>第 %1 号</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>Enterprise served under a contract</source>
        <translation>合同服务企业</translation>
    </message>
    <message>
        <source>Size class history</source>
        <translation>规模类型变更</translation>
    </message>
    <message>
        <source>Certificate type</source>
        <translation>证照类型</translation>
    </message>
    <message>
        <source>Hazard step</source>
        <translation>隐患处理环节</translation>
    </message>
    <message>
        <source>Deadline extension</source>
        <translation>延期申请</translation>
    </message>
    <message>
        <source>Interview / notice</source>
        <translation>约谈/通报</translation>
    </message>
    <message>
        <source>Service record</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <source>Baseline documents</source>
        <translation>基础资料</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>证据材料</translation>
    </message>
    <message>
        <source>Subsidy policy</source>
        <translation>补助政策</translation>
    </message>
    <message>
        <source>Subsidy list</source>
        <translation>补助清单</translation>
    </message>
    <message>
        <source>Subsidy list line</source>
        <translation>补助清单明细</translation>
    </message>
    <message>
        <source>Spot check</source>
        <translation>抽查评价</translation>
    </message>
    <message>
        <source>Appraisal scheme</source>
        <translation>考核评分细则</translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation>机构考核</translation>
    </message>
    <message>
        <source>Agency return</source>
        <translation>机构报送</translation>
    </message>
    <message>
        <source>Annual report text</source>
        <translation>年度报告文字</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>系统设置</translation>
    </message>
    <message>
        <source>Operator of the ledger</source>
        <translation>操作人员</translation>
    </message>
    <message>
        <source>Outside write acknowledged</source>
        <translation>外部写入确认</translation>
    </message>
    <message>
        <source>Demo street</source>
        <translation>演示街道</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>(set)</source>
        <translation>（已设置）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Typical problems</source>
        <translation>典型问题</translation>
    </message>
    <message>
        <source>Shortcomings</source>
        <translation>存在不足</translation>
    </message>
    <message>
        <source>Next year&apos;s plan</source>
        <translation>下一步计划</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>未批准</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1，%2 至 %3</translation>
    </message>
    <message>
        <source>%1 no. %2</source>
        <translation>%1 第 %2 号合同</translation>
    </message>
    <message>
        <source>%1 under %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1, %2 on %3</source>
        <translation>%1，%3 %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>Street name</source>
        <translation>街道名称</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>第 %1 条</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Imported from a return</source>
        <translation>报送导入</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Bulk write</source>
        <translation>批量写入</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重新打开</translation>
    </message>
</context>
<context>
    <name>BackupArchive</name>
    <message>
        <source>%1 is not a file that can be read.</source>
        <translation>%1 不是可以读取的文件。</translation>
    </message>
    <message>
        <source>%1 is not a SafeLedger backup.</source>
        <translation>%1 不是 SafeLedger 备份。</translation>
    </message>
    <message>
        <source>%1 is not a complete SafeLedger backup: %2</source>
        <translation>%1 不是完整的 SafeLedger 备份：%2</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>无法用 %1 恢复：%2</translation>
    </message>
    <message>
        <source>%1 is a handover package, not a backup: take it in with import-all into an empty database.</source>
        <translation>%1 是交接包，不是备份：请用 import-all 把它导入一个空数据库。</translation>
    </message>
    <message>
        <source>The evidence file %1 is missing from %2.</source>
        <translation>%2 中缺少证据材料 %1。</translation>
    </message>
    <message>
        <source>The evidence file %1 in %2 is damaged (its SHA-256 does not match).</source>
        <translation>%2 中的证据材料 %1 已损坏（SHA-256 不符）。</translation>
    </message>
</context>
<context>
    <name>BackupManager</name>
    <message>
        <source>Keep between 1 and 365 daily and between 1 and 520 weekly backups.</source>
        <translation>每日备份须保留 1 至 365 份，每周备份须保留 1 至 520 份。</translation>
    </message>
    <message>
        <source>The backup settings could not be saved: %1</source>
        <translation>备份设置未能保存：%1</translation>
    </message>
    <message>
        <source>The current database could not be kept before the restore, so nothing was replaced: %1 %2</source>
        <translation>恢复前无法保存当前数据库，因此未替换任何内容：%1 %2</translation>
    </message>
    <message>
        <source>The current database could not be kept before the restore, so nothing was replaced: %1</source>
        <translation>恢复前无法保存当前数据库，因此未替换任何内容：%1</translation>
    </message>
    <message>
        <source>The replaced database could not be copied by SQLite (%1); its files were kept as they were.</source>
        <translation>SQLite 无法复制被替换的数据库（%1）；已按原样保存其文件。</translation>
    </message>
    <message>
        <source>The weekly backup could not be given its name %1.</source>
        <translation>每周备份无法命名为 %1。</translation>
    </message>
</context>
<context>
    <name>BackupRestorer</name>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>无法用 %1 恢复：%2</translation>
    </message>
    <message>
        <source>%1 is not a SafeLedger database.</source>
        <translation>%1 不是 SafeLedger 数据库。</translation>
    </message>
    <message>
        <source>%1 is damaged (the integrity check failed); choose another backup.</source>
        <translation>%1 已损坏（完整性检查未通过），请另选一个备份。</translation>
    </message>
    <message>
        <source>Evidence file %1 was missing already when the backup was taken; check will name it.</source>
        <translation>做备份时证据材料 %1 就已缺失；检查命令会列出它。</translation>
    </message>
    <message>
        <source>%1 is not complete: its database names the evidence file %2, which the backup does not account for.</source>
        <translation>%1 不完整：其数据库登记了证据材料 %2，但备份中没有它。</translation>
    </message>
    <message>
        <source>%1 keeps its evidence files in the folder %2 beside it, and that folder is not complete: %3 Copy the folder along with the backup, or make a backup that carries everything with backup --out or Settings → Back up to a file….</source>
        <translation>%1 的证据材料存放在它旁边的文件夹 %2 中，而该文件夹不完整：%3 请把该文件夹与备份一起拷贝，或用 backup --out 或“系统设置 → 备份到文件…”做一个包含全部内容的备份。</translation>
    </message>
    <message>
        <source>The current database could not be closed cleanly (%1); nothing was replaced. Close every program that has it open and try again.</source>
        <translation>无法正常关闭当前数据库（%1）；未替换任何内容。请关闭所有打开它的程序后重试。</translation>
    </message>
    <message>
        <source>No temporary folder to check the backup in: %1</source>
        <translation>没有可用于检查备份的临时文件夹：%1</translation>
    </message>
    <message>
        <source>The folder for %1 cannot be created.</source>
        <translation>无法创建 %1 所在的文件夹。</translation>
    </message>
    <message>
        <source>The evidence folder %1 cannot be created.</source>
        <translation>无法创建证据材料文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 was not restored: its audit trail is broken, so its records cannot be trusted as the street&apos;s record. %2 To restore it all the same (check will go on reporting the break), run restore --force, or confirm it when Settings → Restore asks.</source>
        <translation>未恢复 %1：它的操作日志链已断裂，其中的记录不能作为街道的正式记录。%2 如仍要恢复（检查命令会继续报告该断裂），请运行 restore --force，或在“系统设置 → 恢复”询问时确认。</translation>
    </message>
    <message>
        <source>Restored although its audit trail is broken: %1</source>
        <translation>已恢复，但其操作日志链已断裂：%1</translation>
    </message>
    <message>
        <source>restored from %1</source>
        <translation>从 %1 恢复</translation>
    </message>
    <message>
        <source>A backup is not restored over a server database, which other seats may be using. Restore it into a new file (safeledger-cli --db NEW.sqlite restore BACKUP), check it, then move it into a new server database (migrate --from NEW.sqlite --to postgresql://…).</source>
        <translation>备份不会恢复到服务器数据库上（其他工作位可能正在使用它）。请先恢复到一个新文件（safeledger-cli --db 新文件.sqlite restore 备份），检查无误后，再搬入一个新的服务器数据库（migrate --from 新文件.sqlite --to postgresql://…）。</translation>
    </message>
</context>
<context>
    <name>BackupWriter</name>
    <message>
        <source>The copy of the database came out damaged (%1); is the disk failing?</source>
        <translation>数据库副本已损坏（%1）；磁盘是否出现故障？</translation>
    </message>
    <message>
        <source>%1 exists already; a backup never overwrites a file.</source>
        <translation>%1 已存在；备份不会覆盖已有文件。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Evidence file %1 is missing from the evidence folder; the backup does not hold it.</source>
        <translation>证据材料文件夹中缺少证据材料 %1；备份中没有它。</translation>
    </message>
    <message>
        <source>Evidence file %1 has changed since it was attached; the backup does not hold it.</source>
        <translation>证据材料 %1 在添加后已被改动；备份中没有它。</translation>
    </message>
    <message>
        <source>The evidence store %1 cannot be created.</source>
        <translation>无法创建证据材料存储 %1。</translation>
    </message>
    <message>
        <source>The backup %1 did not read back as it was written (is the disk full or failing?); it was not kept. %2</source>
        <translation>备份 %1 读回时与写入的不一致（磁盘已满或出现故障？）；未保留该备份。%2</translation>
    </message>
    <message>
        <source>The backup could not be given its name %1.</source>
        <translation>备份无法命名为 %1。</translation>
    </message>
</context>
<context>
    <name>BaselineRepository</name>
    <message>
        <source>The completion date %1 is in the future.</source>
        <translation>完成日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>备注超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The baseline document could not be saved: %1</source>
        <translation>基础资料未能保存：%1</translation>
    </message>
    <message>
        <source>The baseline documents could not be saved: %1</source>
        <translation>基础资料未能保存：%1</translation>
    </message>
</context>
<context>
    <name>CertificateRepository</name>
    <message>
        <source>The certificate type could not be saved: %1</source>
        <translation>证照类型未能保存：%1</translation>
    </message>
    <message>
        <source>The certificate type could not be changed: %1</source>
        <translation>证照类型未能修改：%1</translation>
    </message>
    <message>
        <source>The enterprise of this certificate is not in the register.</source>
        <translation>该证照所属企业不在台账中。</translation>
    </message>
    <message>
        <source>The certificate type no longer exists; choose another.</source>
        <translation>该证照类型已不存在，请另行选择。</translation>
    </message>
    <message>
        <source>The certificate type &quot;%1&quot; is archived; choose another.</source>
        <translation>证照类型“%1”已归档，请另行选择。</translation>
    </message>
    <message>
        <source>The certificate could not be saved: %1</source>
        <translation>证照未能保存：%1</translation>
    </message>
    <message>
        <source>The certificate could not be changed: %1</source>
        <translation>证照信息未能修改：%1</translation>
    </message>
</context>
<context>
    <name>CertificateStyle</name>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
</context>
<context>
    <name>CertificateTable</name>
    <message>
        <source>The number of days must be 0 or more, not %1.</source>
        <translation>天数须为 0 或更大的整数，不能为 %1。</translation>
    </message>
    <message>
        <source>The certificate list needs a valid as-of date.</source>
        <translation>生成证照清单需要有效的统计日期。</translation>
    </message>
</context>
<context>
    <name>CertificateValidator</name>
    <message>
        <source>Choose the enterprise.</source>
        <translation>请选择企业。</translation>
    </message>
    <message>
        <source>Choose the certificate type.</source>
        <translation>请选择证照类型。</translation>
    </message>
    <message>
        <source>Enter the expiry date.</source>
        <translation>请填写有效期截止日期。</translation>
    </message>
    <message>
        <source>The issue date %1 is after the expiry date %2.</source>
        <translation>发证日期 %1 晚于有效期截止日期 %2。</translation>
    </message>
    <message>
        <source>The certificate number is longer than %1 characters.</source>
        <translation>证照编号超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The holder is longer than %1 characters.</source>
        <translation>持证人超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The issuer is longer than %1 characters.</source>
        <translation>发证机关超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The notes are longer than %1 characters.</source>
        <translation>备注超过 %1 个字符。</translation>
    </message>
    <message>
        <source>Enter the name of the certificate type.</source>
        <translation>请输入证照类型名称。</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>名称超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The validity must be between 0 and %1 months.</source>
        <translation>有效期须在 0 至 %1 个月之间。</translation>
    </message>
    <message>
        <source>The review interval must be between 0 and %1 months.</source>
        <translation>复审周期须在 0 至 %1 个月之间。</translation>
    </message>
    <message>
        <source>The review interval (%1 months) is longer than the validity (%2 months).</source>
        <translation>复审周期（%1 个月）超过有效期（%2 个月）。</translation>
    </message>
    <message>
        <source>A certificate type named &quot;%1&quot; exists already.</source>
        <translation>已有名为“%1”的证照类型。</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>Run &quot;%1 --help&quot; for the verbs and options.</source>
        <translation>请运行“%1 --help”查看可用的命令和选项。</translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db 后须指定文件名。</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <source>Unknown verb %1.</source>
        <translation>未知命令 %1。</translation>
    </message>
    <message>
        <source>init takes no options.</source>
        <translation>init 命令不接受任何选项。</translation>
    </message>
    <message>
        <source>Database %1, data version %2.</source>
        <translation>数据库 %1，数据版本 %2。</translation>
    </message>
    <message>
        <source>Number of enterprises.</source>
        <translation>企业数量。</translation>
    </message>
    <message>
        <source>Number of years of history.</source>
        <translation>历史数据的年数。</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same street.</source>
        <translation>随机种子；种子相同，生成的街道数据也相同。</translation>
    </message>
    <message>
        <source>demo takes no file names; use --db FILE before the verb.</source>
        <translation>demo 命令不接受文件名；请在命令之前用 --db FILE 指定数据库文件。</translation>
    </message>
    <message>
        <source>--enterprises, --years and --seed take whole numbers.</source>
        <translation>--enterprises、--years 和 --seed 只接受整数。</translation>
    </message>
    <message>
        <source>--enterprises must be between 1 and %1, --years between 1 and %2.</source>
        <translation>--enterprises 须在 1 到 %1 之间，--years 须在 1 到 %2 之间。</translation>
    </message>
    <message>
        <source>Demo street with %1 enterprises over %2 years written to %3 in %4 ms.</source>
        <translation>已将演示街道（%1 家企业，%2 年数据）写入 %3，用时 %4 毫秒。</translation>
    </message>
    <message>
        <source>check takes no options.</source>
        <translation>check 命令不接受任何选项。</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>发现 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Also write every agency&apos;s filled-in return of the current quarter into DIR.</source>
        <translation>同时把各服务机构本季度已填好的报送写入 DIR。</translation>
    </message>
    <message>
        <source>Filled-in return written to %1.</source>
        <translation>已填好的报送已写入 %1。</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 后须给出值。</translation>
    </message>
    <message>
        <source>What was seen and why it is accepted.</source>
        <translation>看到了什么，以及为何接受。</translation>
    </message>
    <message>
        <source>acknowledge needs --note TEXT: what was seen and why it is accepted.</source>
        <translation>acknowledge 命令须用 --note TEXT 说明看到了什么、为何接受。</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) written outside SafeLedger acknowledged.</source>
        <translation>
            <numerusform>已确认在 SafeLedger 之外写入的 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: %1 [--db FILE] VERB [options]

Verbs:
</source>
        <translation>用法：%1 [--db FILE] 命令 [选项]

命令：
</translation>
    </message>
    <message>
        <source>
Global options:
  --db FILE                     the database file (default: %1)
  --as-of YYYY-MM-DD            take this date as today, for reproducible outputs
  --operator NAME               who works (default: the last operator named in the file,
                                else the computer&apos;s user name); said on every write
  --password PW                 that operator&apos;s password, when they have one
  --help                        this text
  --version                     the program&apos;s version

Exit codes: %2 success, %3 a problem was found or the work was refused, %4 wrong usage.
</source>
        <translation>
全局选项：
  --db FILE                     数据库文件（默认：%1）
  --as-of YYYY-MM-DD            将该日期视为今天，使输出结果可以重现
  --operator NAME               操作人（默认：文件中最近记录的操作人，
                                否则为计算机的用户名）；每次写入都会说明
  --password PW                 该操作人设有密码时的密码
  --help                        显示本说明
  --version                     显示程序版本

退出码：%2 表示成功；%3 表示发现问题或操作被拒绝；%4 表示用法错误。
</translation>
    </message>
    <message>
        <source>Name a verb: %1.</source>
        <translation>请指定命令：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the names of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 needs one of: %2.</source>
        <translation>%1 后须跟 %2 之一。</translation>
    </message>
</context>
<context>
    <name>CliDatabase</name>
    <message>
        <source>The database was upgraded; the previous version is kept in %1.</source>
        <translation>数据库已升级，升级前的版本保存在 %1。</translation>
    </message>
</context>
<context>
    <name>CliReaders</name>
    <message>
        <source>The calendar year.</source>
        <translation>自然年度。</translation>
    </message>
    <message>
        <source>The quarter, 1 to 4.</source>
        <translation>季度，1 至 4。</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>--year needs a year between %1 and %2.</source>
        <translation>--year 须指定 %1 至 %2 之间的年份。</translation>
    </message>
    <message>
        <source>--quarter must be 1, 2, 3 or 4.</source>
        <translation>--quarter 须为 1、2、3 或 4。</translation>
    </message>
    <message>
        <source>--out needs the name of the file to write.</source>
        <translation>--out 须指定要写入的文件名。</translation>
    </message>
    <message>
        <source>--out needs the file to write, named %1.</source>
        <translation>--out 须指定要写入的文件，文件名为 %1。</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>%1 needs a date written YYYY-MM-DD.</source>
        <translation>%1 后须按 YYYY-MM-DD 格式指定日期。</translation>
    </message>
    <message>
        <source>Unexpected argument %1.</source>
        <translation>多余的参数 %1。</translation>
    </message>
</context>
<context>
    <name>CliVerbs</name>
    <message>
        <source>create the database or upgrade it; print the data version</source>
        <translation>创建数据库或将其升级，并显示数据版本</translation>
    </message>
    <message>
        <source>fill an empty database with a synthetic street; with
--returns, also every agency&apos;s filled-in return of the
current quarter, as files in DIR</source>
        <translation>在空数据库中生成一个虚构的演示街道；加 --returns 时，
同时把各服务机构本季度已填好的报送写入 DIR</translation>
    </message>
    <message>
        <source>verify integrity, links and data version</source>
        <translation>检查数据完整性、记录间关联和数据版本</translation>
    </message>
    <message>
        <source>write the subsidy list of year Y as .csv, .xlsx or .pdf</source>
        <translation>将 Y 年度的补助明细写入 .csv、.xlsx 或 .pdf 文件</translation>
    </message>
    <message>
        <source>every obligation of year Y (or quarter Q&apos;s inspections) with
required and done counts, due date and status</source>
        <translation>列出 Y 年度的各项义务（或第 Q 季度的安全检查），
包括应完成数、已完成数、截止日期和状态</translation>
    </message>
    <message>
        <source>every hazard found in year Y with its state, overdue and supervision</source>
        <translation>列出 Y 年度发现的每处隐患及其状态、是否逾期和督办情况</translation>
    </message>
    <message>
        <source>every risk point of the risk assessments in force in year Y
with its figures, level, control measures and responsible person</source>
        <translation>列出 Y 年度有效的风险辨识评估中的每个风险点，
包括评估数据、风险等级、管控措施和责任人</translation>
    </message>
    <message>
        <source>certificates expired or expiring within DAYS days</source>
        <translation>列出已过期或将在 DAYS 天内到期的证照</translation>
    </message>
    <message>
        <source>each agency&apos;s year: inspections, hazards, rates, evaluation score
(.pdf: the printable sheet of every agency)</source>
        <translation>各服务机构 Y 年度的考核表：安全检查、隐患、各项比率和抽查评价得分
（.pdf：各服务机构可打印的考核表）</translation>
    </message>
    <message>
        <source>the street&apos;s annual report</source>
        <translation>街道年度工作报告</translation>
    </message>
    <message>
        <source>one enterprise&apos;s year-end file</source>
        <translation>某企业的年度档案</translation>
    </message>
    <message>
        <source>the quarter&apos;s inspection progress per agency</source>
        <translation>各服务机构本季度的安全检查进度</translation>
    </message>
    <message>
        <source>the rectification notice of one hazard or of all
open hazards of an enterprise; --recheck: the re-check opinion
after the hazard&apos;s or the enterprise&apos;s last re-check</source>
        <translation>某处隐患或某企业全部未销号隐患的隐患整改通知书；
--recheck：该隐患或该企业最近一次复查后的复查意见书</translation>
    </message>
    <message>
        <source>take in an enterprise list (.xlsx or .csv): every row is
checked, and nothing is written while any row is refused;
--dry-run only reports; --update also updates enterprises
already in the register</source>
        <translation>导入企业名单（.xlsx 或 .csv）：逐行检查，
只要有一行被拒绝，就不写入任何数据；
--dry-run 只报告检查结果；--update 同时更新
台账中已有的企业</translation>
    </message>
    <message>
        <source>the agency&apos;s return workbook for the quarter, pre-filled</source>
        <translation>生成该机构本季度的报送工作簿（已预填）</translation>
    </message>
    <message>
        <source>the same, filled in as an agency would (for tests)</source>
        <translation>同上，并像服务机构那样填好（供测试用）</translation>
    </message>
    <message>
        <source>check an agency&apos;s return row by row and import it whole, or
nothing; a corrected file replaces the earlier one&apos;s rows</source>
        <translation>逐行检查服务机构的报送并整份导入，或一行也不导入；
同一季度的更正文件会替换上一份带来的记录</translation>
    </message>
    <message>
        <source>the returns received for the quarter</source>
        <translation>列出本季度收到的报送</translation>
    </message>
    <message>
        <source>the handover package: the whole database as a workbook (one
sheet per table, Chinese headers) and every evidence file</source>
        <translation>交接包：整个数据库的工作簿（每个数据表一个工作表，
表头为中文）和全部证据材料</translation>
    </message>
    <message>
        <source>take such a package into an empty database, evidence included</source>
        <translation>将此类交接包导入空数据库，证据材料一并导入</translation>
    </message>
    <message>
        <source>write one file (a zip) holding a consistent copy of the
database and every evidence file, each checked</source>
        <translation>写出一个文件（zip），包含数据库的一致性副本和
全部证据材料，均已逐一校验</translation>
    </message>
    <message>
        <source>take the day&apos;s (and week&apos;s) copy into the backups folder if
not taken yet, as the first start of a day does</source>
        <translation>如尚未做过，在备份文件夹中做当天（及本周）的备份，
与每天首次启动时相同</translation>
    </message>
    <message>
        <source>check the backup FILE whole, then put its database and
evidence in place (a new database where there is none),
keeping the replaced state as a backup; a backup whose audit
trail is broken is refused unless --force</source>
        <translation>先完整检查备份文件 FILE，再放回其中的数据库和证据材料
（没有数据库的位置则新建），被替换的状态另存为备份；
操作日志链断裂的备份不予恢复，除非加 --force</translation>
    </message>
    <message>
        <source>the audit log in the clerk&apos;s words, one row per changed field,
the chain&apos;s head below; --operator here picks whose entries</source>
        <translation>以业务用语导出操作日志，每个改动的字段一行，
末尾附链头；此处的 --operator 只列该操作人的记录</translation>
    </message>
    <message>
        <source>the entries written outside SafeLedger that check reports:
seen, with why (an audited write of its own)</source>
        <translation>确认检查命令报告的、在 SafeLedger 之外写入的记录：
已知悉并说明原因（本身也记入操作日志）</translation>
    </message>
    <message>
        <source>Usage: %1 [--db FILE] %2</source>
        <translation>用法：%1 [--db FILE] %2</translation>
    </message>
    <message>
        <source>move a street whole into a new database, a file into a
PostgreSQL server or back: every row, the audit trail and
every evidence file, checked</source>
        <translation>把整个街道搬入一个新数据库：从文件搬到 PostgreSQL 服务器
或搬回文件；全部记录、操作日志和全部证据材料，
均经校验</translation>
    </message>
    <message>
        <source>the district&apos;s summary: a line a street (each street&apos;s
database named, or every street on the server of --db) and
their sum</source>
        <translation>区级汇总表：每个街道一行（列出的各街道数据库，
或 --db 所在服务器上的全部街道），以及合计</translation>
    </message>
</context>
<context>
    <name>CommunityRepository</name>
    <message>
        <source>Enter the community&apos;s name.</source>
        <translation>请输入社区名称。</translation>
    </message>
    <message>
        <source>A community name is at most %1 characters.</source>
        <translation>社区名称最多 %1 个字符。</translation>
    </message>
    <message>
        <source>A community named &quot;%1&quot; exists already.</source>
        <translation>已有名为“%1”的社区。</translation>
    </message>
    <message>
        <source>The community could not be saved: %1</source>
        <translation>社区未能保存：%1</translation>
    </message>
    <message>
        <source>The community could not be renamed: %1</source>
        <translation>社区未能重命名：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n enterprise(s) still belong to this community. Move or archive them first.</source>
        <translation>
            <numerusform>仍有 %n 家企业属于该社区。请先将这些企业改到其他社区，或将其归档。</numerusform>
        </translation>
    </message>
    <message>
        <source>The community could not be changed: %1</source>
        <translation>社区未能修改：%1</translation>
    </message>
</context>
<context>
    <name>ContractRepository</name>
    <message numerus="yes">
        <source>%n enterprise(s) start service outside the new period. Change their service first.</source>
        <translation>
            <numerusform>有 %n 家企业的服务开始日期不在新的服务期限内。请先修改这些企业的服务。</numerusform>
        </translation>
    </message>
    <message>
        <source>The contract could not be saved: %1</source>
        <translation>服务合同未能保存：%1</translation>
    </message>
    <message>
        <source>The contract could not be changed: %1</source>
        <translation>服务合同未能修改：%1</translation>
    </message>
    <message>
        <source>The enterprise is already served by %1 from %2 to %3. End that service first, or move the enterprise.</source>
        <translation>该企业在 %2 至 %3 期间已由 %1 提供服务。请先终止该服务，或将该企业转入其他合同。</translation>
    </message>
    <message>
        <source>The contract does not exist.</source>
        <translation>该服务合同不存在。</translation>
    </message>
    <message>
        <source>The service start must fall within the contract&apos;s period, %1 to %2.</source>
        <translation>服务开始日期须在合同服务期限（%1 至 %2）之内。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The enterprise could not be added: %1</source>
        <translation>企业未能添加：%1</translation>
    </message>
    <message>
        <source>The enterprises could not be added: %1</source>
        <translation>企业未能添加：%1</translation>
    </message>
    <message>
        <source>This service record does not exist.</source>
        <translation>该条服务记录不存在。</translation>
    </message>
    <message>
        <source>The last day of service cannot be before its first day, %1.</source>
        <translation>服务结束日期不能早于服务开始日期（%1）。</translation>
    </message>
    <message>
        <source>The service could not be ended: %1</source>
        <translation>服务未能终止：%1</translation>
    </message>
    <message>
        <source>The enterprise is already served under this contract.</source>
        <translation>该企业已在本合同的服务范围内。</translation>
    </message>
    <message>
        <source>The enterprise has service starting on %1, on or after the move. Change that service first.</source>
        <translation>该企业有一段服务于 %1 开始，不早于转入日期。请先修改该段服务。</translation>
    </message>
    <message>
        <source>The move could not be saved: %1</source>
        <translation>转入其他合同未能保存：%1</translation>
    </message>
</context>
<context>
    <name>ContractValidator</name>
    <message>
        <source>Enter the first and the last day of the service period.</source>
        <translation>请填写服务期限的起始日期和截止日期。</translation>
    </message>
    <message>
        <source>The service period ends before it starts.</source>
        <translation>服务期限的截止日期早于起始日期。</translation>
    </message>
    <message>
        <source>The unit price cannot be negative.</source>
        <translation>单价不能为负数。</translation>
    </message>
    <message>
        <source>The unit price must be between 0 and 1,000,000,000 yuan.</source>
        <translation>单价须在 0 至 1,000,000,000 元之间。</translation>
    </message>
    <message>
        <source>The notes are longer than %1 characters.</source>
        <translation>备注超过 %1 个字符。</translation>
    </message>
    <message>
        <source>A field is too long.</source>
        <translation>有字段超出长度限制。</translation>
    </message>
    <message>
        <source>Choose the agency that signed the contract.</source>
        <translation>请选择签订该合同的服务机构。</translation>
    </message>
</context>
<context>
    <name>CreditCode</name>
    <message>
        <source>No credit code was entered.</source>
        <translation>未输入统一社会信用代码。</translation>
    </message>
    <message>
        <source>A credit code has 18 characters; this one has %1.</source>
        <translation>统一社会信用代码应为 18 位，当前输入的是 %1 位。</translation>
    </message>
    <message>
        <source>A credit code uses only digits and capital letters other than I, O, S, V and Z.</source>
        <translation>统一社会信用代码只能由数字和大写字母组成，且不含 I、O、S、V、Z。</translation>
    </message>
    <message>
        <source>Character %1 (&quot;%2&quot;) cannot appear in a credit code: it uses only digits and capital letters other than I, O, S, V and Z.</source>
        <translation>第 %1 位（“%2”）不能出现在统一社会信用代码中：代码只能由数字和除 I、O、S、V、Z 以外的大写字母组成。</translation>
    </message>
    <message>
        <source>With the first 17 characters as entered, the last one would be %1.</source>
        <translation>按已输入的前 17 位计算，最后一位应为 %1。</translation>
    </message>
    <message>
        <source>Characters 9 to 17 (the organisation code) do not agree: with characters 9 to 16 as entered, character 17 would be %1. Compare the code with the business licence.</source>
        <translation>第 9 至 17 位（组织机构代码）校验不符：按已输入的第 9 至 16 位计算，第 17 位应为 %1。请与营业执照核对。</translation>
    </message>
    <message>
        <source>The last character does not agree with the others: with the first 17 characters as entered, it would be %1. Compare the code with the business licence.</source>
        <translation>最后一位（校验位）与前面各位不符：按已输入的前 17 位计算，应为 %1。请与营业执照核对。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; split it into smaller files.</source>
        <translation>%1 超过 %2 MB，请拆分为多个较小的文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Row %1 has a cell longer than %2 characters.</source>
        <translation>第 %1 行有单元格超过 %2 个字符。</translation>
    </message>
    <message>
        <source>Row %1 has more than %2 columns.</source>
        <translation>第 %1 行超过 %2 列。</translation>
    </message>
    <message>
        <source>The file has more than %1 rows; split it into smaller files.</source>
        <translation>文件超过 %1 行，请拆分为多个较小的文件。</translation>
    </message>
    <message>
        <source>The file ends inside a quoted cell; it is cut off or not a CSV file.</source>
        <translation>文件在带引号的单元格中间结束：文件不完整，或者不是 CSV 文件。</translation>
    </message>
    <message>
        <source>The last row has a cell longer than %1 characters.</source>
        <translation>最后一行有单元格超过 %1 个字符。</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file %1 cannot be read. Check that it exists and that you may open it.</source>
        <translation>无法读取文件 %1。请确认该文件存在，并且您有权限打开。</translation>
    </message>
    <message>
        <source>%1 is not a SafeLedger database (it is not a database file at all). It was left untouched.</source>
        <translation>%1 不是 SafeLedger 数据库（根本不是数据库文件）。该文件未作任何改动。</translation>
    </message>
    <message>
        <source>The folder for %1 cannot be created. Choose another place for the database.</source>
        <translation>无法为 %1 创建所在文件夹。请为数据库另选存放位置。</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is missing, so no database can be opened. Reinstall SafeLedger.</source>
        <translation>缺少 Qt 的 SQLite 驱动，无法打开任何数据库。请重新安装 SafeLedger。</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). It was left untouched; restore it from a backup.</source>
        <translation>%1 已损坏，无法读取（%2）。该文件未作任何改动；请从备份恢复。</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a SafeLedger database. It was left untouched.</source>
        <translation>%1 是其他程序的数据库，不是 SafeLedger 数据库。该文件未作任何改动。</translation>
    </message>
    <message>
        <source>%1 was written by a newer SafeLedger (data version %2; this program knows up to %3). It was left untouched. Install the newer SafeLedger to open it.</source>
        <translation>%1 由更新版本的 SafeLedger 写入（数据版本 %2；本程序最高只支持 %3）。该文件未作任何改动。请安装新版 SafeLedger 后再打开。</translation>
    </message>
    <message>
        <source>The database cannot be prepared: %1</source>
        <translation>数据库准备失败：%1</translation>
    </message>
    <message>
        <source>The database cannot use its safe write mode (WAL) in this folder. Keep the database on a local disk, not a network share.</source>
        <translation>数据库在此文件夹中无法使用安全写入模式（WAL）。请将数据库存放在本机磁盘上，不要放在网络共享文件夹中。</translation>
    </message>
    <message>
        <source>No backup could be taken before the upgrade, so the database was not upgraded: %1</source>
        <translation>升级前未能完成备份，因此数据库未升级：%1</translation>
    </message>
    <message>
        <source>The upgrade could not start: %1</source>
        <translation>无法开始升级：%1</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed and was undone: %2</source>
        <translation>将数据库升级到数据版本 %1 失败，已撤销升级：%2</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 could not be saved and was undone: %2</source>
        <translation>将数据库升级到数据版本 %1 的更改未能保存，已撤销升级：%2</translation>
    </message>
    <message>
        <source>%1 exists already; a backup never overwrites a file.</source>
        <translation>%1 已存在；备份不会覆盖已有文件。</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2</source>
        <translation>无法写入备份 %1：%2</translation>
    </message>
    <message>
        <source>Data version %1 (current).</source>
        <translation>数据版本 %1（最新）。</translation>
    </message>
    <message>
        <source>Data version is %1, but this program expects %2.</source>
        <translation>数据版本为 %1，但本程序需要 %2。</translation>
    </message>
    <message>
        <source>Integrity check: ok.</source>
        <translation>完整性检查：正常。</translation>
    </message>
    <message>
        <source>Integrity check: %1</source>
        <translation>完整性检查：%1</translation>
    </message>
    <message>
        <source>The integrity check could not run: %1</source>
        <translation>无法执行完整性检查：%1</translation>
    </message>
    <message>
        <source>Record %1 of table %2 refers to a missing record of table %3.</source>
        <translation>表 %2 中的记录 %1 引用了表 %3 中不存在的记录。</translation>
    </message>
    <message>
        <source>Links between records: ok.</source>
        <translation>记录间关联：正常。</translation>
    </message>
    <message>
        <source>The link check could not run: %1</source>
        <translation>无法执行关联检查：%1</translation>
    </message>
    <message>
        <source>The database cannot be written: %1</source>
        <translation>无法写入数据库：%1</translation>
    </message>
    <message>
        <source>The database %1 is missing, but %2 is there, so it existed: it was moved, renamed or deleted, or a restore was interrupted. Nothing was created in its place. Put the file back, or restore the newest backup (Settings → Restore from a backup, or safeledger-cli --db FILE restore BACKUP). To start an empty ledger here on purpose, first move %2 elsewhere.</source>
        <translation>数据库 %1 不见了，但 %2 还在，说明它原来存在：它被移动、改名或删除了，或者恢复被中断了。程序没有在原处新建任何文件。请把文件放回原处，或恢复最新的备份（“系统设置 → 从备份恢复”，或 safeledger-cli --db FILE restore BACKUP）。如确实要在这里从空台账开始，请先把 %2 移到别处。</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2. Choose another place for the database.</source>
        <translation>无法创建 %1：%2。请为数据库另选位置。</translation>
    </message>
    <message>
        <source>There is no database %1. Check the name given with --db.</source>
        <translation>没有数据库 %1。请检查 --db 给出的文件名。</translation>
    </message>
    <message>
        <source>%1 cannot be read here: its folder is read-only and its journal %2 holds changes not yet in the file. Copy both files to a folder you may write to, or open the file once in SafeLedger where it was written.</source>
        <translation>无法在此读取 %1：其所在文件夹为只读，而其日志文件 %2 中还有尚未写入数据库文件的修改。请把这两个文件拷贝到您有写入权限的文件夹，或在写入它的地方用 SafeLedger 打开一次。</translation>
    </message>
    <message>
        <source>%1 holds no data yet.</source>
        <translation>%1 中还没有数据。</translation>
    </message>
    <message>
        <source>%1 is of an older data version (%2); this program reads version %3. Open it once in SafeLedger (or run init) to upgrade it; a copy of it is kept first.</source>
        <translation>%1 的数据版本较旧（%2）；本程序读取版本 %3。请用 SafeLedger 打开一次（或运行 init）以升级；升级前会先保存一份副本。</translation>
    </message>
    <message>
        <source>The database is new: nothing has been written to it yet.</source>
        <translation>这是新数据库：尚未写入任何内容。</translation>
    </message>
    <message>
        <source>Data version %1, older than this program&apos;s %2: SafeLedger upgrades it when it opens the file for work, keeping a copy of it first.</source>
        <translation>数据版本 %1，比本程序的版本 %2 旧：SafeLedger 打开该文件进行工作时会将其升级，升级前先保存一份副本。</translation>
    </message>
    <message>
        <source>The folder %1 for this seat&apos;s copies of the server database cannot be created.</source>
        <translation>无法创建文件夹 %1（本机存放该服务器数据库的备份和证据材料）。</translation>
    </message>
    <message>
        <source>The PostgreSQL driver of Qt is missing, so no server database can be opened. Install it (Debian: libqt6sql6-psql) or reinstall SafeLedger.</source>
        <translation>缺少 Qt 的 PostgreSQL 驱动，无法打开服务器数据库。请安装该驱动（Debian：libqt6sql6-psql）或重新安装 SafeLedger。</translation>
    </message>
    <message>
        <source>The server refused %1 without the right password: %2</source>
        <translation>服务器拒绝打开 %1：密码不正确或未提供密码：%2</translation>
    </message>
    <message>
        <source>The server database %1 cannot be opened: %2</source>
        <translation>无法打开服务器数据库 %1：%2</translation>
    </message>
    <message>
        <source>The server database %1 cannot be prepared: %2</source>
        <translation>服务器数据库 %1 准备失败：%2</translation>
    </message>
    <message>
        <source>The server database %1 holds something other than SafeLedger&apos;s data. It was left untouched.</source>
        <translation>服务器数据库 %1 中存放的不是 SafeLedger 的数据。未作任何改动。</translation>
    </message>
    <message>
        <source>The server database %1 cannot be written: %2</source>
        <translation>无法写入服务器数据库 %1：%2</translation>
    </message>
    <message>
        <source>The tables of SafeLedger could not be made in %1, and nothing was left there: %2</source>
        <translation>未能在 %1 中建立 SafeLedger 的数据表，其中未留下任何内容：%2</translation>
    </message>
    <message>
        <source>The tables of SafeLedger could not be made in %1: %2</source>
        <translation>未能在 %1 中建立 SafeLedger 的数据表：%2</translation>
    </message>
    <message>
        <source>%1 is of an older data version (%2) than this program&apos;s %3, and this SafeLedger cannot upgrade a server database yet. Open it with the SafeLedger that wrote it.</source>
        <translation>%1 的数据版本（%2）比本程序的版本 %3 旧，而本版 SafeLedger 尚不能升级服务器数据库。请用写入它的那个版本的 SafeLedger 打开。</translation>
    </message>
    <message>
        <source>Integrity and links between records: kept by the PostgreSQL server on every write.</source>
        <translation>数据完整性和记录间关联：由 PostgreSQL 服务器在每次写入时保证。</translation>
    </message>
</context>
<context>
    <name>DatabaseExchange</name>
    <message>
        <source>The table %1 cannot be read: %2</source>
        <translation>无法读取数据表 %1：%2</translation>
    </message>
    <message>
        <source>import-all restores into an empty database only; create a new file for it.</source>
        <translation>import-all 只能恢复到空数据库中，请为其新建一个数据库文件。</translation>
    </message>
    <message>
        <source>The workbook has a sheet &quot;%1&quot; that is not a table of this program; it was not written by export-all.</source>
        <translation>工作簿中的工作表“%1”不是本程序的数据表；该工作簿不是由 export-all 导出的。</translation>
    </message>
    <message>
        <source>The table %1 cannot be emptied: %2</source>
        <translation>无法清空数据表 %1：%2</translation>
    </message>
    <message>
        <source>Sheet %1 has a column &quot;%2&quot; the table does not have.</source>
        <translation>工作表 %1 中的列“%2”在数据表中不存在。</translation>
    </message>
    <message>
        <source>Sheet %1, row %2 cannot be restored: %3</source>
        <translation>工作表 %1 第 %2 行无法恢复：%3</translation>
    </message>
    <message>
        <source>The restore could not be saved: %1</source>
        <translation>恢复结果未能保存：%1</translation>
    </message>
    <message>
        <source>Sheet %1, row %2: &quot;%3&quot; is not an amount in yuan.</source>
        <translation>工作表 %1 第 %2 行：“%3”不是以元为单位的金额。</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>%1 is not a server address: write it as %2.</source>
        <translation>%1 不是服务器地址：请写成 %2。</translation>
    </message>
    <message>
        <source>A password is never written in the server address (it would be kept in clear). Leave it out: SafeLedger asks for it, or reads it from the server&apos;s password file or PGPASSWORD.</source>
        <translation>服务器地址中不写密码（否则会以明文保存）。请去掉密码：SafeLedger 会询问，或从服务器的密码文件或 PGPASSWORD 读取。</translation>
    </message>
    <message>
        <source>%1 names no database on the server: write it as %2.</source>
        <translation>%1 没有指明服务器上的数据库：请写成 %2。</translation>
    </message>
    <message>
        <source>%1 names no user: write it as %2.</source>
        <translation>%1 没有指明用户：请写成 %2。</translation>
    </message>
</context>
<context>
    <name>DemoCertificates</name>
    <message>
        <source>The demo word lists are missing from this build.</source>
        <translation>此版本缺少生成演示数据所需的词表。</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The demo street needs between 1 and %1 enterprises.</source>
        <translation>演示街道的企业数量须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>The demo street covers between 1 and %1 years.</source>
        <translation>演示街道的数据年数须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>The database already holds data. The demo street is only loaded into an empty database; create a new file for it.</source>
        <translation>数据库中已有数据。演示街道只能载入空数据库，请为其新建一个数据库文件。</translation>
    </message>
    <message>
        <source>The demo word lists are missing from this build.</source>
        <translation>此版本缺少生成演示数据所需的词表。</translation>
    </message>
    <message>
        <source>The database cannot be written: %1</source>
        <translation>无法写入数据库：%1</translation>
    </message>
    <message>
        <source>The demo street could not be saved: %1</source>
        <translation>演示街道未能保存：%1</translation>
    </message>
</context>
<context>
    <name>DemoReturns</name>
    <message>
        <source>The agency has no experts to name in the return.</source>
        <translation>该服务机构没有可在回执中填写的专家。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>DistrictReport</name>
    <message>
        <source>District total</source>
        <translation>全区合计</translation>
    </message>
    <message>
        <source>No street to sum: name the streets&apos; databases, or a server that holds them.</source>
        <translation>没有可汇总的街道：请列出各街道的数据库，或指定存放它们的服务器。</translation>
    </message>
    <message>
        <source>The street %1 cannot be read, so the district is not summed: %2</source>
        <translation>无法读取街道 %1，因此未作区级汇总：%2</translation>
    </message>
    <message>
        <source>%1 is not a server address.</source>
        <translation>%1 不是服务器地址。</translation>
    </message>
    <message>
        <source>The server of %1 cannot list its databases: %2</source>
        <translation>%1 所在的服务器无法列出其数据库：%2</translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <source>Scale</source>
        <translation>规上</translation>
    </message>
    <message>
        <source>Above quota</source>
        <translation>限上</translation>
    </message>
    <message>
        <source>Small &amp; micro</source>
        <translation>小微</translation>
    </message>
    <message>
        <source>Occupational-disease hazard relatively heavy or above</source>
        <translation>职业病危害较重及以上的用人单位</translation>
    </message>
    <message>
        <source>Industrial unit with insufficient safety management</source>
        <translation>自身安全生产管理能力不足的工业生产经营单位</translation>
    </message>
    <message>
        <source>Landlord of rented factories or large market with tenants</source>
        <translation>出租厂房、大型市场等涉及多租赁户的单位</translation>
    </message>
    <message>
        <source>Major hazard under listed supervision</source>
        <translation>存在重大事故隐患并被挂牌督办的单位</translation>
    </message>
    <message>
        <source>Occupational hazard</source>
        <translation>职业病危害</translation>
    </message>
    <message>
        <source>Weak management</source>
        <translation>管理能力不足</translation>
    </message>
    <message>
        <source>Landlord / market</source>
        <translation>出租厂房/市场</translation>
    </message>
    <message>
        <source>Listed major hazard</source>
        <translation>挂牌督办</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Relatively heavy</source>
        <translation>较重</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Not participating</source>
        <translation>未参与</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已退出</translation>
    </message>
    <message>
        <source>Participating</source>
        <translation>参与中</translation>
    </message>
    <message>
        <source>Subsidised year: street pays up to its yearly share</source>
        <translation>补助年限内：街道按年度补助标准封顶补助</translation>
    </message>
    <message>
        <source>Past the subsidised years: enterprise pays all</source>
        <translation>已超过补助年限：企业全额承担</translation>
    </message>
    <message>
        <source>Small &amp; micro: street pays all</source>
        <translation>小微企业：街道全额补助</translation>
    </message>
    <message>
        <source>No subsidy for this class</source>
        <translation>该规模类型不予补助</translation>
    </message>
    <message>
        <source>Size class changed</source>
        <translation>规模类型变化</translation>
    </message>
    <message>
        <source>Policy changed</source>
        <translation>补助政策变化</translation>
    </message>
    <message>
        <source>Agency changed</source>
        <translation>服务机构变更</translation>
    </message>
    <message>
        <source>Service ended early</source>
        <translation>服务提前终止</translation>
    </message>
    <message>
        <source>Service incomplete</source>
        <translation>服务未完成</translation>
    </message>
    <message>
        <source>On-site survey</source>
        <translation>实地验场</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>安全检查</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>安全培训</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>应急演练</translation>
    </message>
    <message>
        <source>Year-end report</source>
        <translation>年度报告</translation>
    </message>
    <message>
        <source>Safety organisation</source>
        <translation>安全组织机构</translation>
    </message>
    <message>
        <source>Responsibility system</source>
        <translation>安全生产责任制</translation>
    </message>
    <message>
        <source>Safety rules</source>
        <translation>安全管理制度</translation>
    </message>
    <message>
        <source>Operating procedures</source>
        <translation>安全操作规程</translation>
    </message>
    <message>
        <source>Emergency plan</source>
        <translation>应急预案</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>Baseline documents</source>
        <translation>基础资料</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <translation>%1年第%2季度</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Rectifying</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>Awaiting re-check</source>
        <translation>待复查</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已销号</translation>
    </message>
    <message>
        <source>Supervised</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>Listed supervision</source>
        <translation>挂牌督办</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通报</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>约谈</translation>
    </message>
    <message>
        <source>Rectification started</source>
        <translation>开始整改</translation>
    </message>
    <message>
        <source>Re-check requested</source>
        <translation>申请复查</translation>
    </message>
    <message>
        <source>Re-check passed, closed</source>
        <translation>复查合格，已销号</translation>
    </message>
    <message>
        <source>Re-check failed</source>
        <translation>复查不合格</translation>
    </message>
    <message>
        <source>Put under supervision</source>
        <translation>列入督办</translation>
    </message>
    <message>
        <source>Put under listed supervision</source>
        <translation>挂牌督办</translation>
    </message>
    <message>
        <source>Delisted</source>
        <translation>摘牌</translation>
    </message>
    <message>
        <source>Extension requested</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <source>Extension approved</source>
        <translation>批准延期</translation>
    </message>
    <message>
        <source>Extension refused</source>
        <translation>驳回延期</translation>
    </message>
    <message>
        <source>Steps taken back (corrected return)</source>
        <translation>撤回处理步骤（更正回执）</translation>
    </message>
    <message>
        <source>Inspections done</source>
        <translation>安全检查完成率</translation>
    </message>
    <message>
        <source>On-site surveys done</source>
        <translation>实地验场完成率</translation>
    </message>
    <message>
        <source>Baseline documents on time</source>
        <translation>基础资料按时完成率</translation>
    </message>
    <message>
        <source>Trainings against the minimum</source>
        <translation>安全培训完成率</translation>
    </message>
    <message>
        <source>Drills against the minimum</source>
        <translation>应急演练完成率</translation>
    </message>
    <message>
        <source>Rectification rate</source>
        <translation>整改率</translation>
    </message>
    <message>
        <source>On-time rectification rate</source>
        <translation>按期整改率</translation>
    </message>
    <message>
        <source>Year-end reports given</source>
        <translation>年度报告完成率</translation>
    </message>
    <message>
        <source>Spot-check evaluations</source>
        <translation>抽查评价得分</translation>
    </message>
    <message>
        <source>Interviews (deduction)</source>
        <translation>约谈（扣分）</translation>
    </message>
    <message>
        <source>Notices (deduction)</source>
        <translation>通报（扣分）</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Basically qualified</source>
        <translation>基本合格</translation>
    </message>
    <message>
        <source>Unqualified</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>风险评估</translation>
    </message>
    <message>
        <source>Major risk</source>
        <translation>重大风险</translation>
    </message>
    <message>
        <source>Considerable risk</source>
        <translation>较大风险</translation>
    </message>
    <message>
        <source>General risk</source>
        <translation>一般风险</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>低风险</translation>
    </message>
    <message>
        <source>Risk matrix</source>
        <translation>风险矩阵</translation>
    </message>
    <message>
        <source>LEC</source>
        <translation>LEC</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>a year&apos;s number with its unit: 2026, 2026年</comment>
        <translation>%1年</translation>
    </message>
    <message>
        <source>Enterprises served this year</source>
        <translation>本年服务企业</translation>
    </message>
    <message>
        <source>Enterprises served today</source>
        <translation>今日在服企业</translation>
    </message>
    <message>
        <source>Inspections done of those due so far</source>
        <translation>截至目前检查完成率</translation>
    </message>
    <message>
        <source>Agency inspection</source>
        <translation>服务机构检查</translation>
    </message>
    <message>
        <source>Street inspection</source>
        <translation>街道检查</translation>
    </message>
    <message>
        <source>Joint inspection</source>
        <translation>联合检查</translation>
    </message>
    <message>
        <source>Joint inspection (%1)</source>
        <translation>联合检查（%1）</translation>
    </message>
    <message>
        <source>Enterprises served in the quarter</source>
        <translation>本季度服务企业</translation>
    </message>
</context>
<context>
    <name>EnterpriseImport</name>
    <message>
        <source>Import reads .xlsx and .csv files; %1 is neither.</source>
        <translation>只能导入 .xlsx 或 .csv 文件；%1 不属于这两种格式。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The first row must name the columns; %1 is missing.</source>
        <translation>第一行须为列名；缺少“%1”列。</translation>
    </message>
    <message>
        <source>the community &quot;%1&quot; is not in the list of communities (add it in the settings first)</source>
        <translation>社区“%1”不在社区列表中（请先在系统设置中添加）</translation>
    </message>
    <message>
        <source>the number of employees &quot;%1&quot; is not a whole number</source>
        <translation>从业人数“%1”不是整数</translation>
    </message>
    <message>
        <source>the size class &quot;%1&quot; is not 规上, 限上 or 小微</source>
        <translation>规模类型“%1”不是规上、限上或小微</translation>
    </message>
    <message>
        <source>the occupational-hazard class &quot;%1&quot; is not 无, 一般, 较重 or 严重</source>
        <translation>职业病危害程度“%1”不是无、一般、较重或严重</translation>
    </message>
    <message>
        <source>the participation status &quot;%1&quot; is not 参与, 未参与 or 已退出</source>
        <translation>参与状态“%1”不是参与、未参与或已退出</translation>
    </message>
    <message>
        <source>the join date &quot;%1&quot; is not a date (write 2025-03-01)</source>
        <translation>加入日期“%1”不是有效日期（应写作 2025-03-01）</translation>
    </message>
    <message>
        <source>the same credit code is already on line %1 of the file</source>
        <translation>该统一社会信用代码已在文件第 %1 行出现</translation>
    </message>
    <message>
        <source>an enterprise with this credit code is already in the register (tick &quot;Update existing enterprises&quot; to update it)</source>
        <translation>台账中已有该统一社会信用代码的企业（如需更新，请勾选“更新已有企业”）</translation>
    </message>
    <message>
        <source>No row of the file can be imported.</source>
        <translation>文件中没有可以导入的行。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>The import could not be saved: %1</source>
        <translation>导入结果未能保存：%1</translation>
    </message>
    <message>
        <source>Write the list as an .xlsx or a .csv file; %1 is neither.</source>
        <translation>名单只能保存为 .xlsx 或 .csv 文件；%1 两者都不是。</translation>
    </message>
    <message>
        <source>No row of the file is refused.</source>
        <translation>文件中没有未通过检查的行。</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>企业名单</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) of the file are refused. Correct or remove them and import the file again, or import only the good rows.</source>
        <translation>
            <numerusform>未导入任何数据：文件中有 %n 行未通过检查。请更正或删除这些行后重新导入，或者只导入有效的行。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnterpriseRepository</name>
    <message>
        <source>The credit code %1 is already registered for &quot;%2&quot;.</source>
        <translation>统一社会信用代码 %1 已登记在“%2”名下。</translation>
    </message>
    <message>
        <source>The chosen community does not exist.</source>
        <translation>所选社区不存在。</translation>
    </message>
    <message>
        <source>The chosen landlord does not exist.</source>
        <translation>所选出租方不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a tenant of this enterprise, so it cannot be its landlord.</source>
        <translation>“%1”是本企业的承租户，不能同时作为本企业的出租方。</translation>
    </message>
    <message>
        <source>The enterprise &quot;%1&quot; could not be saved: %2</source>
        <translation>企业“%1”未能保存：%2</translation>
    </message>
    <message>
        <source>The database cannot be written: %1</source>
        <translation>无法写入数据库：%1</translation>
    </message>
    <message>
        <source>The enterprises could not be saved: %1</source>
        <translation>企业信息未能保存：%1</translation>
    </message>
    <message>
        <source>This enterprise has not been saved yet.</source>
        <translation>该企业尚未保存。</translation>
    </message>
    <message>
        <source>The enterprise &quot;%1&quot; no longer exists.</source>
        <translation>企业“%1”已不存在。</translation>
    </message>
    <message>
        <source>The enterprise could not be changed: %1</source>
        <translation>企业信息未能修改：%1</translation>
    </message>
    <message>
        <source>The size class could not be recorded: %1</source>
        <translation>规模类型未能记录：%1</translation>
    </message>
</context>
<context>
    <name>EnterpriseValidator</name>
    <message>
        <source>Enter the enterprise name as on its business licence.</source>
        <translation>请按营业执照填写企业名称。</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>名称超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The name contains invisible control characters; retype it.</source>
        <translation>名称中含有不可见的控制字符，请重新输入。</translation>
    </message>
    <message>
        <source>If the code is copied correctly from the licence, tick &quot;Keep this code&quot; and give the reason.</source>
        <translation>如代码确与营业执照一致，请勾选“保留此代码（校验位不符）”并填写原因。</translation>
    </message>
    <message>
        <source>Say why this code is kept although its check character does not match.</source>
        <translation>请说明校验位不符仍保留此代码的原因。</translation>
    </message>
    <message>
        <source>Choose the community the enterprise belongs to.</source>
        <translation>请选择企业所属社区。</translation>
    </message>
    <message>
        <source>The number of employees cannot be negative.</source>
        <translation>从业人员数不能为负数。</translation>
    </message>
    <message>
        <source>An enterprise cannot be its own landlord.</source>
        <translation>企业不能作为自身的出租方。</translation>
    </message>
    <message>
        <source>The join date %1 is not plausible.</source>
        <translation>加入日期 %1 不合理，请核对。</translation>
    </message>
    <message>
        <source>A field is longer than %1 characters or contains control characters.</source>
        <translation>有字段超过 %1 个字符或含有控制字符。</translation>
    </message>
    <message>
        <source>The notes are longer than %1 characters or contain control characters.</source>
        <translation>备注超过 %1 个字符或含有控制字符。</translation>
    </message>
</context>
<context>
    <name>EvaluationRepository</name>
    <message>
        <source>Choose the agency.</source>
        <translation>请选择服务机构。</translation>
    </message>
    <message>
        <source>Enter the date of the evaluation; it cannot be in the future.</source>
        <translation>请填写抽查评价日期，且不能晚于今天。</translation>
    </message>
    <message>
        <source>The score must be between 0 and 100.</source>
        <translation>得分须在 0 至 100 之间。</translation>
    </message>
    <message>
        <source>The remarks are longer than %1 characters.</source>
        <translation>评价意见超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The evaluation could not be saved: %1</source>
        <translation>抽查评价未能保存：%1</translation>
    </message>
</context>
<context>
    <name>EvidenceRepository</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; attach a smaller scan or photo.</source>
        <translation>%1 超过 %2 MB；请添加较小的扫描件或照片。</translation>
    </message>
    <message>
        <source>The evidence folder %1 cannot be created.</source>
        <translation>无法创建证据材料文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be copied into the evidence folder.</source>
        <translation>无法将 %1 复制到证据材料文件夹。</translation>
    </message>
    <message>
        <source>%1 cannot be copied into the evidence folder: %2</source>
        <translation>无法将 %1 复制到证据材料文件夹：%2</translation>
    </message>
    <message>
        <source>The evidence file could not be recorded: %1</source>
        <translation>证据材料未能登记：%1</translation>
    </message>
    <message>
        <source>The evidence list cannot be read: %1</source>
        <translation>无法读取证据材料清单：%1</translation>
    </message>
    <message>
        <source>Evidence file %1 (&quot;%2&quot;) is missing from the evidence folder.</source>
        <translation>证据材料文件夹中缺少证据材料 %1（“%2”）。</translation>
    </message>
    <message>
        <source>Evidence file %1 (&quot;%2&quot;) has changed since it was attached.</source>
        <translation>证据材料 %1（“%2”）在添加后已被改动。</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s) checked.</source>
        <translation>
            <numerusform>已检查 %n 个证据材料文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>The evidence file %1 is not in the server database.</source>
        <translation>服务器数据库中没有证据材料 %1。</translation>
    </message>
    <message>
        <source>The evidence file %1 in the server database no longer matches its SHA-256.</source>
        <translation>服务器数据库中的证据材料 %1 与其 SHA-256 不再相符。</translation>
    </message>
    <message>
        <source>The evidence file %1 cannot be copied to this computer: %2</source>
        <translation>无法把证据材料 %1 复制到本机：%2</translation>
    </message>
    <message>
        <source>The evidence file %1 cannot be kept in the server database: %2</source>
        <translation>无法把证据材料 %1 存入服务器数据库：%2</translation>
    </message>
    <message>
        <source>Evidence file %1 (&quot;%2&quot;) is missing from the server database.</source>
        <translation>服务器数据库中缺少证据材料 %1（“%2”）。</translation>
    </message>
    <message>
        <source>Evidence file %1 (&quot;%2&quot;) in the server database has changed since it was attached.</source>
        <translation>服务器数据库中的证据材料 %1（“%2”）在附加之后被改动过。</translation>
    </message>
</context>
<context>
    <name>ExchangeCommands</name>
    <message>
        <source>Only check the file; write nothing.</source>
        <translation>只检查文件，不写入任何数据。</translation>
    </message>
    <message>
        <source>Also update enterprises already in the register.</source>
        <translation>同时更新台账中已有的企业。</translation>
    </message>
    <message>
        <source>import enterprises needs one file: import enterprises FILE.</source>
        <translation>import enterprises 命令须指定一个文件：import enterprises FILE。</translation>
    </message>
    <message>
        <source>Columns not read: %1</source>
        <translation>未读取的列：%1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>%1 rows can be imported, %2 are refused.</source>
        <translation>可导入 %1 行，拒绝 %2 行。</translation>
    </message>
    <message>
        <source>Nothing was imported: correct or remove the refused rows and import the file again.</source>
        <translation>未导入任何数据：请更正或删除被拒绝的行，然后重新导入该文件。</translation>
    </message>
    <message>
        <source>%1 enterprises added, %2 updated; the database before the import is kept in %3.</source>
        <translation>已新增 %1 家企业，更新 %2 家；导入前的数据库保存在 %3。</translation>
    </message>
    <message numerus="yes">
        <source>The whole database and %n evidence file(s) were written to %1, checked.</source>
        <translation>
            <numerusform>全库数据和 %n 个证据材料文件已写入 %1，并已校验。</numerusform>
        </translation>
    </message>
    <message>
        <source>import-all needs the package: import-all FILE.zip.</source>
        <translation>import-all 需要交接包：import-all FILE.zip。</translation>
    </message>
    <message>
        <source>%1 rows restored from %2. A workbook alone carries no evidence files: check lists those the database names.</source>
        <translation>已从 %2 恢复 %1 行。单独的工作簿不包含证据材料：检查命令会列出数据库登记的证据材料。</translation>
    </message>
    <message numerus="yes">
        <source>%1 rows and %n evidence file(s) restored from %2.</source>
        <translation>
            <numerusform>已从 %2 恢复 %1 行数据和 %n 个证据材料文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Take the day&apos;s copy into the backups folder.</source>
        <translation>在备份文件夹中做当天的备份。</translation>
    </message>
    <message>
        <source>backup needs --out FILE, or --daily.</source>
        <translation>backup 需要 --out FILE 或 --daily。</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>备份已写入 %1。</translation>
    </message>
    <message>
        <source>Today&apos;s backup exists already.</source>
        <translation>今天的备份已经存在。</translation>
    </message>
    <message>
        <source>There is no database %1. Check the name given with --db.</source>
        <translation>没有数据库 %1。请检查 --db 给出的文件名。</translation>
    </message>
    <message numerus="yes">
        <source>Backup written to %1: the database and %n evidence file(s), checked.</source>
        <translation>
            <numerusform>备份已写入 %1：数据库和 %n 个证据材料文件，并已校验。</numerusform>
        </translation>
    </message>
    <message>
        <source>restore needs the backup file: restore FILE [--force].</source>
        <translation>restore 命令须指定备份文件：restore FILE [--force]。</translation>
    </message>
    <message numerus="yes">
        <source>%1 restored from %2, with %n evidence file(s) added.</source>
        <translation>
            <numerusform>已从 %2 恢复 %1，并补回 %n 个证据材料文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>The replaced database is kept as %1.</source>
        <translation>被替换的数据库已保存为 %1。</translation>
    </message>
    <message>
        <source>The database the street is in.</source>
        <translation>街道数据现在所在的数据库。</translation>
    </message>
    <message>
        <source>The new database it moves into.</source>
        <translation>要搬入的新数据库。</translation>
    </message>
    <message>
        <source>migrate needs --from and --to.</source>
        <translation>migrate 需要 --from 和 --to。</translation>
    </message>
    <message numerus="yes">
        <source>%1 rows of %2 tables and %n evidence file(s) moved from %3 to %4.</source>
        <translation>
            <numerusform>已把 %2 个数据表的 %1 行记录和 %n 个证据材料文件从 %3 搬入 %4。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpertValidator</name>
    <message>
        <source>Enter the expert&apos;s name.</source>
        <translation>请输入专家姓名。</translation>
    </message>
    <message>
        <source>A field is longer than %1 characters.</source>
        <translation>有字段超过 %1 个字符。</translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <source>%1 lines of %2 (%3) written to %4; street share %5 yuan.</source>
        <translation>已将 %2 年度（%3）的 %1 行明细写入 %4；街道补助 %5 元。</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>未确认</translation>
    </message>
    <message>
        <source>%1 obligations as of %2 written to %3; %4 overdue.</source>
        <translation>已将截至 %2 的 %1 项义务写入 %3；其中逾期 %4 项。</translation>
    </message>
    <message>
        <source>%1 hazards found in %2 written to %3; %4 closed, %5 overdue as of %6.</source>
        <translation>已将 %2 年度发现的 %1 处隐患写入 %3；截至 %6，已销号 %4 处，逾期 %5 处。</translation>
    </message>
    <message>
        <source>%1 risk points of %2 enterprises&apos; risk assessments in force in %3 written to %4; %5 major, %6 considerable.</source>
        <translation>%3 年度有效的 %2 家企业风险评估共 %1 个风险点已写入 %4；其中重大风险 %5 个，较大风险 %6 个。</translation>
    </message>
    <message>
        <source>List certificates expired or expiring within DAYS days.</source>
        <translation>列出已过期或将在 DAYS 天内到期的证照。</translation>
    </message>
    <message>
        <source>certificates needs --expiring DAYS, a whole number from 0 to 3660.</source>
        <translation>certificates 命令须用 --expiring DAYS 指定天数，取值为 0 至 3660 之间的整数。</translation>
    </message>
    <message>
        <source>Certificates expired or expiring within %1 days of %2 written to %3.</source>
        <translation>已将截至 %2 已过期或将在 %1 天内到期的证照写入 %3。</translation>
    </message>
    <message>
        <source>Scorecards of %1 agencies for %2 written to %3.</source>
        <translation>已将 %2 年度 %1 家服务机构的考核表写入 %3。</translation>
    </message>
    <message>
        <source>The first day (YYYY-MM-DD).</source>
        <translation>起始日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>The last day (YYYY-MM-DD).</source>
        <translation>截止日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Only this operator&apos;s entries.</source>
        <translation>只列该操作人的记录。</translation>
    </message>
    <message>
        <source>audit export %1</source>
        <translation>操作日志导出 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n audit entry(ies) written to %1.</source>
        <translation>
            <numerusform>已将 %n 条操作日志写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileCopy</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 cannot be read to its end: %2</source>
        <translation>无法完整读取文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>%1 could not be written (is the disk full?): %2</source>
        <translation>无法写入 %1（磁盘已满？）：%2</translation>
    </message>
    <message>
        <source>%1 does not match its SHA-256 record; the source is damaged.</source>
        <translation>%1 与其 SHA-256 记录不符；来源文件已损坏。</translation>
    </message>
    <message>
        <source>%1 was written incompletely (is the disk full or failing?); it was removed.</source>
        <translation>%1 未能完整写入（磁盘已满或出现故障？）；已将其删除。</translation>
    </message>
</context>
<context>
    <name>FileMove</name>
    <message>
        <source>%1 could not be put in place of %2: %3</source>
        <translation>无法用 %1 替换 %2：%3</translation>
    </message>
</context>
<context>
    <name>HandoverPackage</name>
    <message>
        <source>The package %1 was not written: %2</source>
        <translation>未能写出交接包 %1：%2</translation>
    </message>
    <message>
        <source>Evidence file %1 is missing from the evidence folder; the package does not hold it.</source>
        <translation>证据材料文件夹中缺少证据材料 %1；交接包中没有它。</translation>
    </message>
    <message>
        <source>Evidence file %1 has changed since it was attached; the package does not hold it.</source>
        <translation>证据材料 %1 在添加后已被改动；交接包中没有它。</translation>
    </message>
    <message>
        <source>The package %1 did not read back as it was written (is the disk full or failing?); it was not kept. %2</source>
        <translation>交接包 %1 读回时与写入的不一致（磁盘已满或出现故障？）；未保留该文件。%2</translation>
    </message>
    <message>
        <source>import-all restores into an empty database only; create a new file for it.</source>
        <translation>import-all 只能恢复到空数据库中，请为其新建一个数据库文件。</translation>
    </message>
    <message>
        <source>%1 is not a complete handover package: %2</source>
        <translation>%1 不是完整的交接包：%2</translation>
    </message>
    <message>
        <source>%1 cannot be taken in: %2</source>
        <translation>无法导入 %1：%2</translation>
    </message>
    <message>
        <source>%1 is a backup, not a handover package: put it in place with restore.</source>
        <translation>%1 是备份，不是交接包：请用 restore 恢复。</translation>
    </message>
    <message>
        <source>No temporary folder to take the package in: %1</source>
        <translation>没有可用于导入交接包的临时文件夹：%1</translation>
    </message>
    <message>
        <source>%1: the evidence sheet of its workbook lacks its columns.</source>
        <translation>%1：其工作簿的证据材料工作表缺少应有的列。</translation>
    </message>
    <message>
        <source>Evidence file %1 was missing already when the package was written; check will name it.</source>
        <translation>写出交接包时证据材料 %1 就已缺失；检查命令会列出它。</translation>
    </message>
    <message>
        <source>%1 is not complete: its workbook names the evidence file %2, which the package does not hold.</source>
        <translation>%1 不完整：其工作簿登记了证据材料 %2，但交接包中没有它。</translation>
    </message>
    <message>
        <source>%1 is damaged: the evidence file %2 does not match its SHA-256.</source>
        <translation>%1 已损坏：证据材料 %2 与其 SHA-256 不符。</translation>
    </message>
    <message>
        <source>The evidence folder %1 cannot be created.</source>
        <translation>无法创建证据材料文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>HazardLifecycle</name>
    <message>
        <source>The hazard is already closed (销号); nothing more can be done to it.</source>
        <translation>该隐患已销号，不能再进行任何操作。</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>请填写日期。</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The date %1 is before the hazard was found (%2).</source>
        <translation>日期 %1 早于隐患发现日期（%2）。</translation>
    </message>
    <message>
        <source>Rectification has already started.</source>
        <translation>整改已经开始。</translation>
    </message>
    <message>
        <source>Start the rectification before asking for a re-check.</source>
        <translation>请先开始整改，再申请复查。</translation>
    </message>
    <message>
        <source>A re-check has already been requested.</source>
        <translation>已申请复查。</translation>
    </message>
    <message>
        <source>A hazard is closed only after a re-check: it must first be rectified and submitted for re-check.</source>
        <translation>隐患须经复查合格后方可销号：请先完成整改并申请复查。</translation>
    </message>
    <message>
        <source>Attach the &quot;after&quot; evidence, or state why the hazard is closed without it.</source>
        <translation>请添加整改后证据材料，或说明无证据材料销号的原因。</translation>
    </message>
    <message>
        <source>Only a hazard waiting for its re-check can fail it.</source>
        <translation>只有待复查的隐患才能登记复查不合格。</translation>
    </message>
    <message>
        <source>Say what the re-check found still wrong.</source>
        <translation>请说明复查发现仍存在的问题。</translation>
    </message>
    <message>
        <source>The hazard is already under supervision.</source>
        <translation>该隐患已列入督办。</translation>
    </message>
    <message>
        <source>Only a major hazard (重大事故隐患) is put under listed supervision.</source>
        <translation>只有重大事故隐患才能挂牌督办。</translation>
    </message>
    <message>
        <source>The hazard is already under listed supervision.</source>
        <translation>该隐患已挂牌督办。</translation>
    </message>
    <message>
        <source>Listed supervision needs all five items: measures, funds, deadline, responsible person and emergency plan.</source>
        <translation>挂牌督办须填齐措施、资金、整改期限、责任人和应急预案五项内容。</translation>
    </message>
    <message>
        <source>The hazard is already closed; its deadline cannot be extended.</source>
        <translation>该隐患已销号，不能延长整改期限。</translation>
    </message>
    <message>
        <source>An earlier extension request is still waiting for a decision.</source>
        <translation>此前的延期申请尚待审批。</translation>
    </message>
    <message>
        <source>Give the reason for the extension.</source>
        <translation>请填写延期原因。</translation>
    </message>
    <message>
        <source>The new deadline must be later than the one in force (%1).</source>
        <translation>新的整改期限须晚于现行整改期限（%1）。</translation>
    </message>
</context>
<context>
    <name>HazardNoticeDocument</name>
    <message>
        <source>There is no hazard to give notice of.</source>
        <translation>没有需要下达通知的隐患。</translation>
    </message>
    <message>
        <source>There is no re-checked hazard to give an opinion on.</source>
        <translation>没有已复查的隐患，无法出具复查意见书。</translation>
    </message>
    <message>
        <source>There is no hazard number %1.</source>
        <translation>没有编号为 %1 的隐患。</translation>
    </message>
    <message>
        <source>A notice goes to one enterprise: hazard %1 is another enterprise&apos;s.</source>
        <translation>一份通知书只发给一家企业：隐患 %1 属于另一家企业。</translation>
    </message>
    <message>
        <source>Hazard %1 has not been re-checked yet; the opinion is written after the re-check.</source>
        <translation>隐患 %1 尚未复查；复查意见书在复查之后出具。</translation>
    </message>
    <message>
        <source>The enterprise of hazard %1 is not in the register.</source>
        <translation>隐患 %1 所属的企业不在企业台账中。</translation>
    </message>
</context>
<context>
    <name>HazardRepository</name>
    <message>
        <source>The hazard&apos;s history could not be written: %1</source>
        <translation>隐患处理记录未能写入：%1</translation>
    </message>
    <message>
        <source>The hazard no longer exists.</source>
        <translation>该隐患已不存在。</translation>
    </message>
    <message>
        <source>A text is longer than %1 characters.</source>
        <translation>有内容超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The hazard could not be saved: %1</source>
        <translation>隐患未能保存：%1</translation>
    </message>
    <message>
        <source>Hazard %1 does not exist.</source>
        <translation>隐患 %1 不存在。</translation>
    </message>
    <message>
        <source>Hazard %1: %2</source>
        <translation>隐患 %1：%2</translation>
    </message>
    <message>
        <source>Enter the date of the request; it cannot be in the future.</source>
        <translation>请填写申请日期，且不能晚于今天。</translation>
    </message>
    <message>
        <source>The extension request could not be saved: %1</source>
        <translation>延期申请未能保存：%1</translation>
    </message>
    <message>
        <source>to %1: %2</source>
        <translation>延期至 %1：%2</translation>
    </message>
    <message>
        <source>The extension request no longer exists.</source>
        <translation>该延期申请已不存在。</translation>
    </message>
    <message>
        <source>This extension request has already been decided.</source>
        <translation>该延期申请已审批。</translation>
    </message>
    <message>
        <source>The decision date must lie between the request and today.</source>
        <translation>审批日期须在申请日期与今天之间。</translation>
    </message>
    <message>
        <source>The hazard is already closed; its deadline cannot be extended.</source>
        <translation>该隐患已销号，不能延长整改期限。</translation>
    </message>
    <message>
        <source>The decision could not be saved: %1</source>
        <translation>审批结果未能保存：%1</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
</context>
<context>
    <name>InterviewRepository</name>
    <message>
        <source>The interview could not be saved: %1</source>
        <translation>约谈/通报记录未能保存：%1</translation>
    </message>
</context>
<context>
    <name>InterviewValidator</name>
    <message>
        <source>Choose the enterprise or the agency concerned.</source>
        <translation>请选择涉及的企业或服务机构。</translation>
    </message>
    <message>
        <source>Enter the date; it cannot be in the future.</source>
        <translation>请填写日期，且不能晚于今天。</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>请填写事由。</translation>
    </message>
    <message>
        <source>A field is longer than %1 characters.</source>
        <translation>有字段超过 %1 个字符。</translation>
    </message>
</context>
<context>
    <name>ListWorkbook</name>
    <message>
        <source>The list shows no column; show at least one column to export it.</source>
        <translation>列表没有显示任何列；请至少显示一列后再导出。</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation>不保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>No amount was entered.</source>
        <translation>未输入金额。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: write digits, optionally a decimal point with one or two digits after it and commas between thousands, for example 2,000.50.</source>
        <translation>“%1”不是有效金额：请填写数字，可带小数点及一至两位小数，千位之间可用逗号分隔，例如 2,000.50。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has commas in the wrong places: commas may only separate groups of three digits, and the decimal point is a full stop, as in 2,000.50.</source>
        <translation>“%1”中的逗号位置不对：逗号只能用于每三位数字之间的分隔，小数点使用英文句点，例如 2,000.50。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than two digits after the decimal point; amounts are counted to the fen.</source>
        <translation>“%1”的小数超过两位；金额只计到分。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large: at most %2 yuan can be entered.</source>
        <translation>“%1”过大：最多只能输入 %2 元。</translation>
    </message>
</context>
<context>
    <name>OperatorChoice</name>
    <message>
        <source>Choose who is working.</source>
        <translation>请选择操作人。</translation>
    </message>
    <message>
        <source>%1 is not one of the operators kept in Settings → Operators.</source>
        <translation>%1 不在“系统设置 → 操作人员”的名单中。</translation>
    </message>
    <message>
        <source>%1 is no longer an active operator; nobody can work under that name.</source>
        <translation>%1 已停用，任何人都不能以此身份操作。</translation>
    </message>
    <message>
        <source>%1 has a password; enter it.</source>
        <translation>%1 设有密码，请输入密码。</translation>
    </message>
    <message>
        <source>The password is not %1&apos;s.</source>
        <translation>密码不是 %1 的密码。</translation>
    </message>
    <message>
        <source>Operator: %1 (--operator).</source>
        <translation>操作人：%1（--operator）。</translation>
    </message>
    <message>
        <source>Operator: %1, the last operator named in the file (--operator NAME names another).</source>
        <translation>操作人：%1，即文件中最近记录的操作人（可用 --operator NAME 指定他人）。</translation>
    </message>
    <message>
        <source>Operator: %1, the computer&apos;s user name (--operator NAME names another).</source>
        <translation>操作人：%1，即计算机的用户名（可用 --operator NAME 指定他人）。</translation>
    </message>
    <message>
        <source>Name an active operator with --operator NAME (and --password when they have one).</source>
        <translation>请用 --operator NAME 指定在用的操作人（设有密码时同时用 --password 给出密码）。</translation>
    </message>
</context>
<context>
    <name>OperatorRepository</name>
    <message>
        <source>Enter the operator&apos;s name.</source>
        <translation>请输入操作人姓名。</translation>
    </message>
    <message>
        <source>A name or title is at most %1 characters.</source>
        <translation>姓名或职务最多 %1 个字符。</translation>
    </message>
    <message>
        <source>There is an operator named %1 already.</source>
        <translation>已有名为 %1 的操作人。</translation>
    </message>
    <message>
        <source>The operator could not be saved: %1</source>
        <translation>无法保存操作人：%1</translation>
    </message>
</context>
<context>
    <name>OtherServiceRepository</name>
    <message>
        <source>Enter the name of the service kind (at most 100 characters).</source>
        <translation>请输入服务类型名称（不超过 100 个字符）。</translation>
    </message>
    <message>
        <source>There is already a service kind named %1.</source>
        <translation>已有名为 %1 的服务类型。</translation>
    </message>
    <message>
        <source>The service kind could not be saved: %1</source>
        <translation>服务类型未能保存：%1</translation>
    </message>
    <message>
        <source>Choose the enterprise.</source>
        <translation>请选择企业。</translation>
    </message>
    <message>
        <source>Choose the kind of service.</source>
        <translation>请选择服务类型。</translation>
    </message>
    <message>
        <source>Enter the date of the service; it cannot be in the future.</source>
        <translation>请填写服务日期，不能晚于今天。</translation>
    </message>
    <message>
        <source>The number of people cannot be negative.</source>
        <translation>人数不能为负数。</translation>
    </message>
    <message>
        <source>The service could not be saved: %1</source>
        <translation>服务记录未能保存：%1</translation>
    </message>
    <message>
        <source>Say why the service is voided.</source>
        <translation>请说明作废该服务记录的原因。</translation>
    </message>
    <message>
        <source>The service could not be voided: it does not exist or is voided already.</source>
        <translation>服务记录未能作废：记录不存在或已作废。</translation>
    </message>
    <message>
        <source>The service could not be voided: %1</source>
        <translation>服务记录未能作废：%1</translation>
    </message>
    <message>
        <source>On %1 the enterprise was not under any service contract; check the date.</source>
        <translation>该企业在 %1 未纳入任何服务合同，请核对日期。</translation>
    </message>
</context>
<context>
    <name>PagedDocumentPrinter</name>
    <message>
        <source>The printer does not accept an A4 page with these margins.</source>
        <translation>打印机不支持按此页边距打印 A4 页面。</translation>
    </message>
    <message>
        <source>Cannot start printing: the printer or file is not available.</source>
        <translation>无法开始打印：打印机或文件不可用。</translation>
    </message>
    <message>
        <source>Cannot start page %1: the printer or file stopped accepting pages.</source>
        <translation>无法开始打印第 %1 页：打印机或文件已停止接收页面。</translation>
    </message>
    <message>
        <source>Printing did not finish: the printer or file reported an error.</source>
        <translation>打印未完成：打印机或文件报告了错误。</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>打印时间：%1</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>已取消打印。</translation>
    </message>
</context>
<context>
    <name>PdfDocumentWriter</name>
    <message>
        <source>Cannot save a PDF from here: the program was started without its graphical part.</source>
        <translation>无法在此保存 PDF：程序未以图形界面方式启动。</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Print preview: %1</source>
        <translation>打印预览：%1</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>RecordVersion</name>
    <message>
        <source>%1 deleted this record at %2, after you opened it. Nothing was saved.</source>
        <translation>%1 在您打开之后，于 %2 删除了这条记录。未保存任何内容。</translation>
    </message>
    <message>
        <source>%1 changed this record at %2, after you opened it, so your changes were not saved over theirs. They are still in the form: note them, press Cancel, open the record again to see the newer version, and make your changes there.</source>
        <translation>%1 在您打开之后，于 %2 修改了这条记录，因此您的修改没有覆盖对方的修改。您填写的内容仍在表单中：请记下，点“取消”，重新打开这条记录查看最新内容，再在其中修改。</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>The enterprise&apos;s credit code.</source>
        <translation>企业的统一社会信用代码。</translation>
    </message>
    <message>
        <source>report enterprise needs --code with the enterprise&apos;s credit code.</source>
        <translation>report enterprise 需要 --code 指定企业的统一社会信用代码。</translation>
    </message>
    <message>
        <source>No enterprise has the credit code %1.</source>
        <translation>没有统一社会信用代码为 %1 的企业。</translation>
    </message>
    <message>
        <source>%1 written to %2.</source>
        <translation>%1 已写入 %2。</translation>
    </message>
    <message>
        <source>The hazard&apos;s number.</source>
        <translation>隐患编号。</translation>
    </message>
    <message>
        <source>The re-check opinion instead of the notice.</source>
        <translation>生成复查意见书，而不是整改通知书。</translation>
    </message>
    <message>
        <source>report notice needs either --hazard ID or --code CREDITCODE.</source>
        <translation>report notice 需要 --hazard 编号 或 --code 统一社会信用代码（二者选一）。</translation>
    </message>
    <message>
        <source>report notice --hazard needs the hazard&apos;s number, such as 12.</source>
        <translation>report notice --hazard 需要隐患编号，例如 12。</translation>
    </message>
    <message>
        <source>%1 has no open hazard to give notice of.</source>
        <translation>%1 没有未销号的隐患，无需下达整改通知书。</translation>
    </message>
    <message>
        <source>%1 has no re-checked hazard to give an opinion on.</source>
        <translation>%1 没有已复查的隐患，无法出具复查意见书。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n hazard(s)) written to %2.</source>
        <translation>
            <numerusform>%1（%n 处隐患）已写入 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>report district needs the streets&apos; databases, or --db with a server database: then every street on that server is summed.</source>
        <translation>report district 需要列出各街道的数据库，或用 --db 指定一个服务器数据库：这时汇总该服务器上的全部街道。</translation>
    </message>
    <message>
        <source>No street&apos;s database was found on the server of %1.</source>
        <translation>在 %1 所在的服务器上没有找到街道数据库。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n street(s) written to %2.</source>
        <translation>
            <numerusform>%1（%n 个街道）已写入 %2。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportTextRepository</name>
    <message>
        <source>A section is longer than %1 characters.</source>
        <translation>某一部分超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The report text could not be saved: %1</source>
        <translation>报告文字未能保存：%1</translation>
    </message>
</context>
<context>
    <name>ReturnCommands</name>
    <message>
        <source>The agency&apos;s name.</source>
        <translation>服务机构名称。</translation>
    </message>
    <message>
        <source>The demo&apos;s random seed.</source>
        <translation>演示数据的随机种子。</translation>
    </message>
    <message>
        <source>There is no agency named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的服务机构。</translation>
    </message>
    <message>
        <source>The return workbook of %1 for %2 Q%3 is written to %4.</source>
        <translation>%1 %2年第%3季度的报送工作簿已写入 %4。</translation>
    </message>
    <message>
        <source>Only check the file; write nothing.</source>
        <translation>只检查文件，不写入任何数据。</translation>
    </message>
    <message>
        <source>return import needs one file: return import FILE.xlsx [--dry-run].</source>
        <translation>return import 需要一个文件：return import 文件.xlsx [--dry-run]。</translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot;, row %2: %3</source>
        <translation>工作表“%1”第 %2 行：%3</translation>
    </message>
    <message>
        <source>Taken back: sheet &quot;%1&quot;, %2</source>
        <translation>撤回：工作表“%1”，%2</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the refused rows and import the file again.</source>
        <translation>未导入任何数据：请更正被拒绝的行后重新导入该文件。</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>没有任何改动。</translation>
    </message>
    <message>
        <source>The return is imported.</source>
        <translation>报送已导入。</translation>
    </message>
    <message>
        <source>%1 needs --agency NAME.</source>
        <translation>%1 须用 --agency 指定机构名称。</translation>
    </message>
</context>
<context>
    <name>ReturnImport</name>
    <message>
        <source>This file was imported already; importing it again changes nothing.</source>
        <translation>此文件已经导入过，再次导入不会改变任何数据。</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 Q%3: %n row(s) to add</source>
        <translation>
            <numerusform>%1，%2年第%3季度：新增 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n row(s) already in the ledger</source>
        <translation>
            <numerusform>，%n 行台账中已有</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n row(s) of the earlier return %1 taken back</source>
        <translation>
            <numerusform>，撤回上一份报送 %1 的 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n row(s) refused, so nothing will be imported</source>
        <translation>
            <numerusform>；%n 行被拒绝，因此整份报送不导入</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is the return of &quot;%2&quot;, which is not an agency in this ledger.</source>
        <translation>%1 是“%2”的报送，但台账中没有这家服务机构。</translation>
    </message>
    <message>
        <source>%1 is the return for %2 Q%3, which has not begun yet.</source>
        <translation>%1 是 %2年第%3季度的报送，该季度尚未开始。</translation>
    </message>
    <message>
        <source>The unified social credit code is missing.</source>
        <translation>缺少统一社会信用代码。</translation>
    </message>
    <message>
        <source>The enterprise %1 was not served by %2 in this quarter.</source>
        <translation>企业 %1 本季度不由 %2 服务。</translation>
    </message>
    <message>
        <source>No enterprise in the ledger has the credit code %1.</source>
        <translation>台账中没有统一社会信用代码为 %1 的企业。</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>缺少%1。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date; write it like 2026-10-08.</source>
        <translation>%1“%2”不是日期，请按 2026-10-08 的格式填写。</translation>
    </message>
    <message>
        <source>%1 %2 is outside %3 Q%4 (%5 to %6).</source>
        <translation>%1 %2 不在 %3年第%4季度内（%5 至 %6）。</translation>
    </message>
    <message>
        <source>%1 %2 is in the future.</source>
        <translation>%1 %2 晚于今天。</translation>
    </message>
    <message>
        <source>On %1 the enterprise was not served by %2.</source>
        <translation>%1 当天该企业不由 %2 服务。</translation>
    </message>
    <message>
        <source>%1 must be a whole number of at least 1.</source>
        <translation>%1须为不小于 1 的整数。</translation>
    </message>
    <message>
        <source>Record number %1 is not in the ledger (or was voided); clear the number to enter the row as a new record.</source>
        <translation>登记编号 %1 在台账中不存在（或已作废）；如是新记录，请清空编号。</translation>
    </message>
    <message>
        <source>Record number %1 is already in the ledger and a return cannot change it; restore the row as it was, or ask the street office to correct the record.</source>
        <translation>登记编号 %1 的记录已在台账中，报送不能修改它；请把这一行恢复原样，或请街道更正该记录。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an expert of %2.</source>
        <translation>“%1”不在 %2 的专家名单中。</translation>
    </message>
    <message>
        <source>Hazard number %1 is not in the ledger; clear the number to enter the row as a new hazard.</source>
        <translation>隐患编号 %1 在台账中不存在；如是新发现的隐患，请清空编号。</translation>
    </message>
    <message>
        <source>Hazard number %1 is already in the ledger and a return cannot change it; report its progress on the sheet &quot;%2&quot;.</source>
        <translation>隐患编号 %1 已在台账中，报送不能修改它；整改进展请填在“%2”表。</translation>
    </message>
    <message>
        <source>Describe the hazard.</source>
        <translation>请填写隐患描述。</translation>
    </message>
    <message>
        <source>Choose the hazard&apos;s grade (general or major).</source>
        <translation>请选择隐患等级（一般或重大）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hazard grade; choose one from the list.</source>
        <translation>“%1”不是隐患等级，请从下拉列表中选择。</translation>
    </message>
    <message>
        <source>There is no inspection of this enterprise on %1, in this file or in the ledger; a hazard is found by an inspection, so add it to the sheet &quot;%2&quot;.</source>
        <translation>本文件和台账中都没有该企业 %1 的安全检查记录；隐患须由安全检查发现，请在“%2”表中补填该次检查。</translation>
    </message>
    <message>
        <source>Hazard number &quot;%1&quot; is not in the ledger.</source>
        <translation>台账中没有隐患编号“%1”。</translation>
    </message>
    <message>
        <source>Hazard %1 belongs to an enterprise %2 did not serve in this quarter.</source>
        <translation>隐患 %1 所属企业本季度不由 %2 服务。</translation>
    </message>
    <message>
        <source>Choose the step taken in %1.</source>
        <translation>请在“%1”中选择本季进展。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a step of the list.</source>
        <translation>“%1”不是下拉列表中的进展。</translation>
    </message>
    <message>
        <source>Hazard %1 has moved on since the earlier return, so the steps that return brought cannot be replaced; repeat them unchanged in this file, or ask the street office.</source>
        <translation>隐患 %1 在上一份报送之后又有了新的处理，上一份报送带来的整改步骤不能替换；请在本文件中原样保留这些步骤，或联系街道。</translation>
    </message>
    <message>
        <source>Hazard %1: %2</source>
        <translation>隐患 %1：%2</translation>
    </message>
    <message>
        <source>The ledger has this document completed on %1; a return cannot change that date.</source>
        <translation>台账中该资料已于 %1 完成，报送不能修改这个日期。</translation>
    </message>
    <message>
        <source>row %1 of %2</source>
        <translation>%2 第 %1 行</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) of the return are refused.</source>
        <translation>
            <numerusform>未导入任何数据：报送中有 %n 行被拒绝。</numerusform>
        </translation>
    </message>
    <message>
        <source>The import could not start: %1</source>
        <translation>导入无法开始：%1</translation>
    </message>
    <message>
        <source>Another return for this agency and quarter was imported meanwhile; check the file again.</source>
        <translation>这期间该机构本季度的另一份报送已被导入，请重新检查此文件。</translation>
    </message>
    <message>
        <source>Taken back: the corrected return %1 no longer has it</source>
        <translation>已撤回：更正后的报送 %1 中已无此项</translation>
    </message>
    <message>
        <source>Row %1 of the sheet &quot;%2&quot;: its inspection is no longer in the ledger.</source>
        <translation>“%2”表第 %1 行：对应的安全检查记录已不在台账中。</translation>
    </message>
    <message>
        <source>Row %1 of the sheet &quot;%2&quot;: %3</source>
        <translation>“%2”表第 %1 行：%3</translation>
    </message>
    <message>
        <source>The import could not be saved: %1</source>
        <translation>导入结果未能保存：%1</translation>
    </message>
    <message>
        <source>%1 row %2: %3</source>
        <translation>%1 第 %2 行：%3</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>the end of a sentence</comment>
        <translation>%1。</translation>
    </message>
    <message>
        <source>Name the experts who did the inspection.</source>
        <translation>请填写检查专家。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a baseline document of the list.</source>
        <translation>“%1”不是列表中的基础资料类别。</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 须为以下之一：%2。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number with at most one decimal.</source>
        <translation>%1“%2”不是最多一位小数的数字。</translation>
    </message>
</context>
<context>
    <name>ReturnRepository</name>
    <message>
        <source>The return could not be recorded: %1</source>
        <translation>报送未能登记：%1</translation>
    </message>
    <message>
        <source>Hazard %1 has moved on since the earlier return (a later step was recorded), so the steps that return brought cannot be taken back; record the correction on the Hazards page instead.</source>
        <translation>隐患 %1 在上一份报送之后又有了新的处理（登记了后续步骤），上一份报送带来的步骤不能撤回；请在“隐患治理”页登记更正。</translation>
    </message>
    <message>
        <source>Hazard %1: the earlier return kept no record of its state before.</source>
        <translation>隐患 %1：上一份报送没有保存其之前的状态。</translation>
    </message>
    <message>
        <source>Hazard %1 does not exist.</source>
        <translation>隐患 %1 不存在。</translation>
    </message>
    <message>
        <source>The hazard could not be saved: %1</source>
        <translation>隐患未能保存：%1</translation>
    </message>
    <message>
        <source>The hazard&apos;s history could not be written: %1</source>
        <translation>隐患处理记录未能写入：%1</translation>
    </message>
    <message>
        <source>Hazard %1, registered by the earlier return, has been worked on since (a step, an extension, evidence or supervision), so the corrected return cannot remove it; keep its row in the corrected file or correct it on the Hazards page.</source>
        <translation>隐患 %1 由上一份报送登记，此后已有处理（整改步骤、延期、佐证材料或督办），更正的报送不能删除它；请在更正文件中保留这一行，或在“隐患治理”页更正。</translation>
    </message>
    <message>
        <source>The hazard could not be removed: %1</source>
        <translation>隐患未能删除：%1</translation>
    </message>
    <message>
        <source>The baseline document could not be cleared: %1</source>
        <translation>基础资料未能清除：%1</translation>
    </message>
</context>
<context>
    <name>ReturnTemplate</name>
    <message>
        <source>Choose a year between 2000 and 2100 and a quarter from 1 to 4.</source>
        <translation>请选择 2000 至 2100 年之间的年度和 1 至 4 季度。</translation>
    </message>
    <message>
        <source>The agency does not exist.</source>
        <translation>该服务机构不存在。</translation>
    </message>
    <message>
        <source>%1 served no enterprise in %2 Q%3, so there is nothing for it to return.</source>
        <translation>%1 在 %2年第%3季度没有服务的企业，无需报送。</translation>
    </message>
</context>
<context>
    <name>ReturnTemplateExport</name>
    <message>
        <source>%1 %2Q%3 return.xlsx</source>
        <translation>%1 %2年第%3季度报送.xlsx</translation>
    </message>
    <message>
        <source>Write the return workbook</source>
        <translation>生成报送工作簿</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Return workbook not written</source>
        <translation>报送工作簿未生成</translation>
    </message>
    <message>
        <source>Return workbook written</source>
        <translation>报送工作簿已生成</translation>
    </message>
    <message>
        <source>The return workbook of %1 for %2 Q%3 is written to %4. Send it to the agency; import the filled-in file on the Returns page.</source>
        <translation>%1 %2年第%3季度的报送工作簿已写入 %4。请发给该机构；填好的文件在“机构报送”页导入。</translation>
    </message>
</context>
<context>
    <name>ReturnWorkbook</name>
    <message>
        <source>%1 is not a return workbook made by SafeLedger (its sheet &quot;%2&quot; is missing or changed); send the agency a new template.</source>
        <translation>%1 不是 SafeLedger 生成的报送工作簿（缺少或改动了“%2”页）；请给该机构发送新的模板。</translation>
    </message>
    <message>
        <source>%1 is a return template of version %2; this program reads version %3. Send the agency a new template.</source>
        <translation>%1 是第 %2 版报送模板，本程序读取第 %3 版。请给该机构发送新的模板。</translation>
    </message>
    <message>
        <source>%1: the sheet &quot;%2&quot; does not name an agency and a quarter; send the agency a new template.</source>
        <translation>%1：“%2”页没有写明服务机构和季度；请给该机构发送新的模板。</translation>
    </message>
    <message>
        <source>%1 has no sheet &quot;%2&quot;; the sheets of the template must not be renamed or deleted.</source>
        <translation>%1 中没有“%2”表；模板的工作表不得改名或删除。</translation>
    </message>
    <message>
        <source>The header row of the sheet &quot;%1&quot; in %2 was changed; it must read: %3.</source>
        <translation>%2 中“%1”表的表头被改动了，应为：%3。</translation>
    </message>
</context>
<context>
    <name>RiskGrading</name>
    <message>
        <source>The risk matrix needs a likelihood and a severity from 1 to 5.</source>
        <translation>风险矩阵法须填写 1 至 5 的可能性和严重程度。</translation>
    </message>
    <message>
        <source>L (likelihood) must be between 0.1 and 10.</source>
        <translation>L（事故发生的可能性）须在 0.1 至 10 之间。</translation>
    </message>
    <message>
        <source>E (exposure) must be between 0.5 and 10.</source>
        <translation>E（暴露于危险环境的频繁程度）须在 0.5 至 10 之间。</translation>
    </message>
    <message>
        <source>C (consequence) must be between 1 and 100.</source>
        <translation>C（发生事故可能造成的后果）须在 1 至 100 之间。</translation>
    </message>
</context>
<context>
    <name>RiskRepository</name>
    <message>
        <source>Choose the enterprise.</source>
        <translation>请选择企业。</translation>
    </message>
    <message>
        <source>Enter the date of the risk assessment; it cannot be in the future.</source>
        <translation>请填写风险评估日期，不能晚于今天。</translation>
    </message>
    <message>
        <source>A risk assessment needs at least one risk point.</source>
        <translation>风险评估至少须有一个风险点。</translation>
    </message>
    <message>
        <source>Risk point %1: enter the place or activity.</source>
        <translation>第 %1 个风险点：请填写场所或作业活动。</translation>
    </message>
    <message>
        <source>Risk point %1: %2</source>
        <translation>第 %1 个风险点：%2</translation>
    </message>
    <message>
        <source>The risk assessment could not be saved: %1</source>
        <translation>风险评估未能保存：%1</translation>
    </message>
    <message>
        <source>The risk assessment could not be archived: it does not exist or is archived already.</source>
        <translation>风险评估未能归档：记录不存在或已归档。</translation>
    </message>
    <message>
        <source>The risk assessment could not be archived: %1</source>
        <translation>风险评估未能归档：%1</translation>
    </message>
    <message>
        <source>The hazard can only belong to a risk point of its own enterprise.</source>
        <translation>隐患只能关联本企业的风险点。</translation>
    </message>
    <message>
        <source>The hazard could not be linked to the risk point: %1</source>
        <translation>隐患未能关联到风险点：%1</translation>
    </message>
</context>
<context>
    <name>ServiceRecordRepository</name>
    <message>
        <source>The record could not be saved: %1</source>
        <translation>服务记录未能保存：%1</translation>
    </message>
    <message>
        <source>On %1 the enterprise was not under any service contract; check the date.</source>
        <translation>该企业在 %1 未纳入任何服务合同，请核对日期。</translation>
    </message>
    <message>
        <source>The record no longer exists or was voided.</source>
        <translation>该记录已不存在或已作废。</translation>
    </message>
    <message>
        <source>Only an inspection can list hazards.</source>
        <translation>只有安全检查记录才能登记隐患。</translation>
    </message>
    <message>
        <source>The hazard could not be saved: %1</source>
        <translation>隐患未能保存：%1</translation>
    </message>
    <message>
        <source>Give the reason the record is voided.</source>
        <translation>请填写作废原因。</translation>
    </message>
    <message>
        <source>The record could not be voided: %1</source>
        <translation>记录未能作废：%1</translation>
    </message>
    <message>
        <source>The record no longer exists or was already voided.</source>
        <translation>该记录已不存在或已被作废。</translation>
    </message>
    <message>
        <source>The records could not be saved: %1</source>
        <translation>服务记录未能保存：%1</translation>
    </message>
    <message>
        <source>On %1 no agency served the enterprise; choose the agency that inspected with the street.</source>
        <translation>%1 该企业不在任何服务机构的服务期内，请选择与街道联合检查的服务机构。</translation>
    </message>
</context>
<context>
    <name>ServiceRecordValidator</name>
    <message>
        <source>Choose the enterprise.</source>
        <translation>请选择企业。</translation>
    </message>
    <message>
        <source>Enter the date it was done.</source>
        <translation>请填写完成日期。</translation>
    </message>
    <message>
        <source>The date %1 is in the future; enter what has been done.</source>
        <translation>日期 %1 晚于今天；只能登记已经完成的工作。</translation>
    </message>
    <message>
        <source>A field is longer than %1 characters.</source>
        <translation>有字段超过 %1 个字符。</translation>
    </message>
    <message>
        <source>Enter the training&apos;s topic.</source>
        <translation>请填写培训主题。</translation>
    </message>
    <message>
        <source>Enter the number of attendees (at least 1).</source>
        <translation>请填写参训人数（至少 1 人）。</translation>
    </message>
    <message>
        <source>Enter the drill&apos;s scenario.</source>
        <translation>请填写演练场景。</translation>
    </message>
    <message>
        <source>Enter the number of participants (at least 1).</source>
        <translation>请填写参演人数（至少 1 人）。</translation>
    </message>
    <message>
        <source>The year-end report must name the year it reports on, not later than its date.</source>
        <translation>年度报告须注明所报告的年度，且该年度不得晚于报告日期所在年度。</translation>
    </message>
    <message>
        <source>Enter the summary of the year&apos;s work.</source>
        <translation>请填写年度工作总结。</translation>
    </message>
    <message>
        <source>Describe each hazard.</source>
        <translation>请填写每项隐患的描述。</translation>
    </message>
    <message>
        <source>A hazard&apos;s text is longer than %1 characters.</source>
        <translation>有隐患的内容超过 %1 个字符。</translation>
    </message>
    <message>
        <source>A hazard&apos;s rectification deadline is before the day it was found.</source>
        <translation>有隐患的整改期限早于其发现日期。</translation>
    </message>
    <message>
        <source>Only an inspection can be made by the street.</source>
        <translation>只有安全检查可以由街道开展。</translation>
    </message>
</context>
<context>
    <name>SettingRepository</name>
    <message>
        <source>Street office</source>
        <translation>街道办事处</translation>
    </message>
    <message>
        <source>The setting could not be saved: %1</source>
        <translation>设置未能保存：%1</translation>
    </message>
    <message>
        <source>Each minimum and window must be a whole number between 0 and 366.</source>
        <translation>各项最低次数和完成期限均须为 0 至 366 之间的整数。</translation>
    </message>
    <message>
        <source>The days of service that make a quarter count must be between 1 and 92.</source>
        <translation>季度计入考核所需的服务天数须在 1 至 92 之间。</translation>
    </message>
    <message>
        <source>The yearly review of the risk assessment is either on or off.</source>
        <translation>风险评估年度复评只能设为开启或关闭。</translation>
    </message>
</context>
<context>
    <name>StreetMigration</name>
    <message>
        <source>%1 is of data version %2 and %3 of version %4: open the older one once in this SafeLedger to upgrade it, then move it.</source>
        <translation>%1 的数据版本为 %2，%3 的为 %4：请先用本版 SafeLedger 打开较旧的那个以升级，然后再搬。</translation>
    </message>
    <message>
        <source>%1 and %2 do not hold the same tables; nothing was moved.</source>
        <translation>%1 与 %2 的数据表不一致；未搬入任何内容。</translation>
    </message>
    <message>
        <source>%1 already holds a street (or its audit trail); a street is moved only into a new database. Nothing was moved.</source>
        <translation>%1 中已有街道数据（或操作日志）；街道只能搬入新数据库。未搬入任何内容。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be prepared: %2</source>
        <translation>%1 准备失败：%2</translation>
    </message>
    <message>
        <source>The seeded rows of %1 cannot be replaced: %2</source>
        <translation>无法替换 %1 中的预置数据：%2</translation>
    </message>
    <message>
        <source>Nothing was moved: %1</source>
        <translation>未搬入任何内容：%1</translation>
    </message>
    <message>
        <source>Nothing was moved: the audit triggers cannot be made again: %1</source>
        <translation>未搬入任何内容：无法重新建立操作日志触发器：%1</translation>
    </message>
    <message>
        <source>Nothing was moved: the evidence list cannot be read: %1</source>
        <translation>未搬入任何内容：无法读取证据材料清单：%1</translation>
    </message>
    <message>
        <source>Nothing was moved: the evidence folder %1 cannot be created.</source>
        <translation>未搬入任何内容：无法创建证据材料文件夹 %1。</translation>
    </message>
    <message>
        <source>Nothing was moved: the evidence file %1 cannot be copied: %2</source>
        <translation>未搬入任何内容：无法复制证据材料 %1：%2</translation>
    </message>
    <message>
        <source>Nothing was moved: %1 could not be saved: %2</source>
        <translation>未搬入任何内容：%1 未能保存：%2</translation>
    </message>
</context>
<context>
    <name>SubsidyListExport</name>
    <message>
        <source>Cannot tell which kind of file %1 should be: name it with .csv, .xlsx or .pdf at the end.</source>
        <translation>无法判断 %1 应保存为哪种文件：请以 .csv、.xlsx 或 .pdf 作为文件扩展名。</translation>
    </message>
</context>
<context>
    <name>SubsidyPolicyRepository</name>
    <message>
        <source>Enter the date from which this policy applies.</source>
        <translation>请输入本政策的起始适用日期。</translation>
    </message>
    <message>
        <source>The street&apos;s share cannot be negative.</source>
        <translation>街道补助不能为负数。</translation>
    </message>
    <message>
        <source>The number of subsidised years must be between 0 and 50.</source>
        <translation>补助年限须在 0 至 50 年之间。</translation>
    </message>
    <message>
        <source>A size class cannot get both the partial and the full subsidy.</source>
        <translation>同一规模类型不能既享受定额补助又享受全额补助。</translation>
    </message>
    <message>
        <source>Another policy version already starts on %1.</source>
        <translation>已有另一个政策版本自 %1 起适用。</translation>
    </message>
    <message>
        <source>The policy could not be saved: %1</source>
        <translation>补助政策未能保存：%1</translation>
    </message>
</context>
<context>
    <name>SubsidyRepository</name>
    <message>
        <source>The year %1 is confirmed already.</source>
        <translation>%1 年度已确认。</translation>
    </message>
    <message>
        <source>Line %1 does not belong to %2 or its shares do not add up to the fee.</source>
        <translation>第 %1 行不属于 %2 年度，或其街道补助与企业承担之和不等于服务费。</translation>
    </message>
    <message>
        <source>The year could not be confirmed: %1</source>
        <translation>年度未能确认：%1</translation>
    </message>
    <message>
        <source>Line %1 could not be confirmed: %2</source>
        <translation>第 %1 行未能确认：%2</translation>
    </message>
    <message>
        <source>Give the reason for reopening the year; it is kept with the year.</source>
        <translation>请填写重新打开年度的原因；原因将随该年度一并保存。</translation>
    </message>
    <message>
        <source>The year %1 is not confirmed.</source>
        <translation>%1 年度尚未确认。</translation>
    </message>
    <message>
        <source>The year could not be reopened: %1</source>
        <translation>年度未能重新打开：%1</translation>
    </message>
</context>
<context>
    <name>TableCopy</name>
    <message>
        <source>The table %1 cannot be read.</source>
        <translation>无法读取数据表 %1。</translation>
    </message>
    <message>
        <source>The table %1 cannot be read: %2</source>
        <translation>无法读取数据表 %1：%2</translation>
    </message>
    <message>
        <source>The table %1 cannot be written: %2</source>
        <translation>无法写入数据表 %1：%2</translation>
    </message>
    <message>
        <source>The rows of %1 cannot be written: %2</source>
        <translation>无法写入 %1 的记录：%2</translation>
    </message>
    <message>
        <source>The numbering of %1 cannot be set: %2</source>
        <translation>无法设置 %1 的编号：%2</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Another seat has been saving for more than half a minute, so nothing was written. Try again in a moment.</source>
        <translation>另一台电脑正在保存，已超过半分钟，因此未写入任何内容。请稍后重试。</translation>
    </message>
</context>
<context>
    <name>WriterLock</name>
    <message>
        <source>%1 is already open in another SafeLedger program (process %2 on %3). Close that program first; two programs writing one file would lose records.</source>
        <translation>%1 已被另一个 SafeLedger 程序打开（计算机 %3 上的进程 %2）。请先关闭该程序；两个程序同时写入同一文件会造成记录丢失。</translation>
    </message>
    <message>
        <source>%1 cannot be locked for writing. Check that the folder is writable and that no other program has the file open.</source>
        <translation>无法锁定 %1 以写入。请确认该文件夹可写，并且没有其他程序打开该文件。</translation>
    </message>
    <message>
        <source>%1 is already open in another SafeLedger program under another name (a link to the same file, or another spelling of its path). Close that program first; two programs writing one file would lose records.</source>
        <translation>%1 已被另一个 SafeLedger 程序以另一个名称打开（指向同一文件的链接，或同一路径的另一种写法）。请先关闭该程序；两个程序同时写入同一文件会造成记录丢失。</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing: the file or its folder is read-only, or another program holds it. To only look at it, use check or an export.</source>
        <translation>无法以写入方式打开 %1：该文件或其所在文件夹为只读，或被其他程序占用。如只需查看，请使用检查命令或导出。</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; split it into smaller files.</source>
        <translation>%1 超过 %2 MB，请拆分为多个较小的文件。</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx), or it is damaged.</source>
        <translation>%1 不是 Excel 工作簿（.xlsx），或者已损坏。</translation>
    </message>
    <message>
        <source>%1 holds too many parts to be a workbook the clerk made.</source>
        <translation>%1 包含的组成部分过多，不像是日常制作的工作簿。</translation>
    </message>
    <message>
        <source>%1 is damaged or cut off.</source>
        <translation>%1 已损坏或不完整。</translation>
    </message>
    <message>
        <source>%1 unpacks to far more than its size; it is refused as unsafe.</source>
        <translation>%1 解压后的大小远超文件本身，存在安全风险，已拒绝读取。</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 MB; split it into smaller files.</source>
        <translation>%1 解压后超过 %2 MB，请拆分为多个较小的文件。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 cannot be read.</source>
        <translation>%1 已损坏：无法读取其中的 %2。</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx).</source>
        <translation>%1 不是 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>%1 has no worksheet that can be read.</source>
        <translation>%1 中没有可读取的工作表。</translation>
    </message>
    <message>
        <source>%1 is damaged (its shared strings cannot be read).</source>
        <translation>%1 已损坏（无法读取其共享字符串）。</translation>
    </message>
    <message>
        <source>%1 has no readable worksheet.</source>
        <translation>%1 中没有可读取的工作表。</translation>
    </message>
    <message>
        <source>Row %1 has more than %2 columns.</source>
        <translation>第 %1 行超过 %2 列。</translation>
    </message>
    <message>
        <source>%1 is damaged (a cell points to a missing text).</source>
        <translation>%1 已损坏（有单元格引用了不存在的文本）。</translation>
    </message>
    <message>
        <source>Row %1 has a cell longer than %2 characters.</source>
        <translation>第 %1 行有单元格超过 %2 个字符。</translation>
    </message>
    <message>
        <source>The file has more than %1 rows; split it into smaller files.</source>
        <translation>文件超过 %1 行，请拆分为多个较小的文件。</translation>
    </message>
    <message>
        <source>%1 is damaged: its worksheet cannot be read (%2).</source>
        <translation>%1 已损坏：无法读取其工作表（%2）。</translation>
    </message>
    <message>
        <source>Sheet %1, row %2: the cell formatted as a date holds %3, which is not a date Excel can show. Correct the cell and try again.</source>
        <translation>工作表 %1 第 %2 行：设为日期格式的单元格中的值为 %3，不是 Excel 能显示的日期。请更正该单元格后重试。</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>Cannot create a temporary file for %1: %2</source>
        <translation>无法为 %1 创建临时文件：%2</translation>
    </message>
    <message>
        <source>Cannot write the Excel file %1: %2</source>
        <translation>无法写入 Excel 文件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The temporary folder %1 has a name this PC cannot pass to the Excel library; set TEMP to a folder with a plain name.</source>
        <translation>临时文件夹 %1 的名称在这台电脑上无法传给 Excel 组件；请把 TEMP 设为名称只含英文字母和数字的文件夹。</translation>
    </message>
    <message>
        <source>Cannot write the Excel file %1: the workbook came out incomplete (is the disk full?). %2</source>
        <translation>无法写入 Excel 文件 %1：工作簿不完整（磁盘是否已满？）。%2</translation>
    </message>
    <message>
        <source>Its part %1 is damaged.</source>
        <translation>其组成部分 %1 已损坏。</translation>
    </message>
    <message>
        <source>Sheet %1 holds %2 of its %3 rows.</source>
        <translation>第 %1 个工作表只有 %3 行中的 %2 行。</translation>
    </message>
</context>
<context>
    <name>ZipReader</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a zip file, or it is cut off or damaged.</source>
        <translation>%1 不是 zip 文件，或已被截断、损坏。</translation>
    </message>
    <message>
        <source>%1 is damaged or cut off.</source>
        <translation>%1 已损坏或不完整。</translation>
    </message>
    <message>
        <source>%1 is not open.</source>
        <translation>%1 未打开。</translation>
    </message>
    <message>
        <source>%1 has no part %2; it is not complete.</source>
        <translation>%1 中没有 %2；文件不完整。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 cannot be read.</source>
        <translation>%1 已损坏：无法读取其中的 %2。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 does not match its checksum.</source>
        <translation>%1 已损坏：%2 与其校验和不符。</translation>
    </message>
    <message>
        <source>%1: %2 is larger than it can be.</source>
        <translation>%1：%2 大得不合理。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 is cut off.</source>
        <translation>%1 已损坏：%2 被截断。</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be created.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>%1 is not open for writing.</source>
        <translation>%1 未以写入方式打开。</translation>
    </message>
    <message>
        <source>%1 could not be written (is the disk full?).</source>
        <translation>无法写入 %1（磁盘已满？）。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 could not be written (is the disk full?): %2</source>
        <translation>无法写入 %1（磁盘已满？）：%2</translation>
    </message>
    <message>
        <source>The file %1 cannot be read to its end: %2</source>
        <translation>无法完整读取文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>SafeLedger, the safety-service ledger</source>
        <translation>SafeLedger 安全服务台账</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>数据库文件。</translation>
    </message>
    <message>
        <source>SafeLedger cannot start</source>
        <translation>SafeLedger 无法启动</translation>
    </message>
    <message>
        <source>Take this date (YYYY-MM-DD) as today.</source>
        <translation>将该日期（YYYY-MM-DD）视为今天。</translation>
    </message>
    <message>
        <source>--as-of needs a date written YYYY-MM-DD.</source>
        <translation>--as-of 后须按 YYYY-MM-DD 格式指定日期。</translation>
    </message>
    <message>
        <source>The database is missing</source>
        <translation>数据库不见了</translation>
    </message>
    <message>
        <source>%1

Restore the newest backup, %2, now?</source>
        <translation>%1

现在恢复最新的备份 %2 吗？</translation>
    </message>
    <message>
        <source>Work as this operator (asked for a password when they have one).</source>
        <translation>以该操作人身份工作（设有密码时会要求输入）。</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>未能打开</translation>
    </message>
    <message>
        <source>SafeLedger could not be started on %1.</source>
        <translation>无法用 %1 启动安全服务台账。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>The password of %1:</source>
        <translation>%1 的密码：</translation>
    </message>
</context>
<context>
    <name>sl::ui::AgenciesPage</name>
    <message>
        <source>New agency (Ctrl+N)</source>
        <translation>新建服务机构（Ctrl+N）</translation>
    </message>
    <message>
        <source>Search name, credit code, contact, expert… (Ctrl+F)</source>
        <translation>搜索名称、信用代码、联系人、专家…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Also list archived agencies and archived experts</source>
        <translation>同时列出已归档的服务机构和专家</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>Add expert…</source>
        <translation>添加专家…</translation>
    </message>
    <message>
        <source>Edit expert…</source>
        <translation>编辑专家…</translation>
    </message>
    <message>
        <source>Archive expert</source>
        <translation>归档专家</translation>
    </message>
    <message>
        <source>Restore expert</source>
        <translation>恢复专家</translation>
    </message>
    <message>
        <source>Experts of %1</source>
        <translation>%1 的专家</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) expired</source>
        <translation>
            <numerusform>%n 本证书已过期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expiring within %1 days</source>
        <translation>
            <numerusform>%n 本证书将在 %1 天内到期</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>%1 of %2 agencies shown</source>
        <translation>共 %2 家服务机构，显示 %1 家</translation>
    </message>
    <message>
        <source>No agency selected</source>
        <translation>未选择服务机构</translation>
    </message>
    <message>
        <source>Select an agency to see its details and experts.</source>
        <translation>请选择一家服务机构，查看其详细信息和专家。</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1（已归档）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>资质</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Active experts</source>
        <translation>在册专家</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1，%2 至 %3</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>（无编号）</translation>
    </message>
    <message>
        <source>Contracts:</source>
        <translation>服务合同：</translation>
    </message>
    <message>
        <source>Archive &quot;%1&quot;? Its contracts, experts and records are kept, and it can be restored at any time.</source>
        <translation>确定归档“%1”吗？其服务合同、专家和各项记录都会保留，可随时恢复。</translation>
    </message>
    <message>
        <source>Restore &quot;%1&quot; to the list of agencies?</source>
        <translation>确定将“%1”恢复到服务机构列表吗？</translation>
    </message>
    <message>
        <source>Archive agency</source>
        <translation>归档服务机构</translation>
    </message>
    <message>
        <source>Restore agency</source>
        <translation>恢复服务机构</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Tick &quot;Show archived&quot; to see archived agencies.</source>
        <translation>勾选“显示已归档”即可查看已归档的服务机构。</translation>
    </message>
    <message>
        <source>Archive expert &quot;%1&quot;? The records of their visits are kept, and they can be restored at any time.</source>
        <translation>确定归档专家“%1”吗？其上门服务记录都会保留，可随时恢复。</translation>
    </message>
    <message>
        <source>Restore expert &quot;%1&quot;?</source>
        <translation>确定恢复专家“%1”吗？</translation>
    </message>
    <message>
        <source>Return workbook</source>
        <translation>报送工作簿</translation>
    </message>
    <message>
        <source>Write the selected agency&apos;s return workbook for this quarter, to send to it</source>
        <translation>生成所选机构本季度的报送工作簿，发给该机构填写</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>上季度</translation>
    </message>
    <message>
        <source>Service agencies</source>
        <translation>服务机构</translation>
    </message>
</context>
<context>
    <name>sl::ui::AgencyDialog</name>
    <message>
        <source>New agency</source>
        <translation>新建服务机构</translation>
    </message>
    <message>
        <source>Edit agency</source>
        <translation>编辑服务机构</translation>
    </message>
    <message>
        <source>As on the business licence</source>
        <translation>按营业执照填写</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>名称 *</translation>
    </message>
    <message>
        <source>18 characters; may be left empty</source>
        <translation>18 位，可不填</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>e.g. the safety evaluation licence and its grade</source>
        <translation>例如：安全评价资质及其等级</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>资质</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>sl::ui::AgencyTableModel</name>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在册</translation>
    </message>
    <message>
        <source>Agency name</source>
        <translation>服务机构名称</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>资质</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>sl::ui::AppraisalSchemeBox</name>
    <message>
        <source>Agency appraisal scheme</source>
        <translation>服务机构考核评分细则</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>起始年度</translation>
    </message>
    <message>
        <source>Items (points)</source>
        <translation>考核项目（分值）</translation>
    </message>
    <message>
        <source>Grades from</source>
        <translation>等级分数线</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>New version…</source>
        <translation>新建版本…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>The default scheme reads the plan: the agency&apos;s duties of section 5.5 (inspections every quarter weigh most, 25 points; on-site surveys 5; baseline documents within three months 10; trainings and drills against the yearly minimums 10 each; year-end reports 5) and the quality supervision of section 5.4 (rectification rate 15 and on-time rectification 10, with nothing at 50 % or below; the street&apos;s spot-check evaluations 10; each interview takes 2 points and each notice 5, at most 10 each). An item with nothing to measure gives its full points. Grades: excellent from 90, qualified from 75, basically qualified from 60.</source>
        <translation>默认细则依据《工作方案》：五.5 服务机构的职责（每季度安全检查权重最大，25 分；实地验场 5 分；三个月内完成基础资料 10 分；安全培训、应急演练按全年最低次数各 10 分；年度报告 5 分）和五.4 质量监督（整改率 15 分、按期整改率 10 分，50% 及以下不得分；街道抽查评价 10 分；每次约谈扣 2 分、每次通报扣 5 分，各最多扣 10 分）。无应完成项的项目得满分。等级：90 分及以上优秀，75 分及以上合格，60 分及以上基本合格。</translation>
    </message>
    <message>
        <source>%1 %2%3</source>
        <translation>%1 %2%3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
</context>
<context>
    <name>sl::ui::AppraisalSchemeDialog</name>
    <message>
        <source>Edit appraisal scheme</source>
        <translation>编辑考核评分细则</translation>
    </message>
    <message>
        <source>New appraisal scheme version</source>
        <translation>新建考核评分细则版本</translation>
    </message>
    <message>
        <source>Applies to the appraisal years from</source>
        <translation>适用于以下年度起的考核</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>考核项目</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Full points at (%)</source>
        <translation>满分线（%）</translation>
    </message>
    <message>
        <source>No points at (%)</source>
        <translation>零分线（%）</translation>
    </message>
    <message>
        <source>Points per event</source>
        <translation>每次扣分</translation>
    </message>
    <message>
        <source>Full points when nothing to measure</source>
        <translation>无应完成项时得满分</translation>
    </message>
    <message>
        <source>%1 from</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>points; below: %1</source>
        <translation>分及以上；以下为%1</translation>
    </message>
    <message>
        <source>Each item gives its points in proportion between &quot;no points at&quot; and &quot;full points at&quot;, scored from the figure as printed (one decimal). Interviews and notices take points per event, at most the item&apos;s points. Confirmed years keep their frozen appraisal whatever is changed here.</source>
        <translation>各项目按“零分线”与“满分线”之间的比例得分，以打印出的数字（一位小数）计分。约谈、通报按次扣分，最多扣满该项分值。已确认年度的考核结果保持不变，不受此处修改影响。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The items&apos; points add up to %1 of 100.</source>
        <translation>各项目分值合计 %1 分（应为 100 分）。</translation>
    </message>
</context>
<context>
    <name>sl::ui::AuditLineModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>对象类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>After</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>%1 (outside SafeLedger)</source>
        <translation>%1（SafeLedger 之外）</translation>
    </message>
</context>
<context>
    <name>sl::ui::AuditLogPage</name>
    <message>
        <source>From</source>
        <translation>起止日期</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Search records, fields and values… (Ctrl+F)</source>
        <translation>搜索对象、字段和值…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Only this record</source>
        <translation>只看此对象</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>全部对象</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Acknowledge outside writes…</source>
        <translation>确认外部写入…</translation>
    </message>
    <message>
        <source>Every kind of record</source>
        <translation>全部对象类型</translation>
    </message>
    <message>
        <source>Every operator</source>
        <translation>全部操作人</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) shown, newest first (at most %1).</source>
        <translation>
            <numerusform>显示 %n 条记录，最新的在前（最多 %1 条）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) were written outside SafeLedger (in red) and are not acknowledged yet.</source>
        <translation>
            <numerusform>有 %n 条记录是在 SafeLedger 之外写入的（红色），尚未确认。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only: %1 %2</source>
        <translation>只看：%1 %2</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>导出操作日志</translation>
    </message>
    <message>
        <source>audit-log-%1.xlsx</source>
        <translation>操作日志-%1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <source>audit export %1</source>
        <translation>操作日志导出 %1</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>Acknowledge outside writes</source>
        <translation>确认外部写入</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) were written to the file outside SafeLedger (shown in red). Say what they were and why they are accepted; the acknowledgement is kept in the log with your name.</source>
        <translation>
            <numerusform>有 %n 条记录是在 SafeLedger 之外写入文件的（红色显示）。请说明它们是什么、为何接受；确认将以您的名义记入操作日志。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation>未确认</translation>
    </message>
</context>
<context>
    <name>sl::ui::BackupSettingsBox</name>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <source>Keep daily copies</source>
        <translation>保留每日备份</translation>
    </message>
    <message>
        <source>weekly copies</source>
        <translation>份，每周备份</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Back up to a file…</source>
        <translation>备份到文件…</translation>
    </message>
    <message>
        <source>One file with the database and every evidence file, to keep on a USB stick or to move to another PC.</source>
        <translation>一个包含数据库和全部证据材料的文件，可保存在 U 盘上或拷到另一台电脑。</translation>
    </message>
    <message>
        <source>No backup was written: %1</source>
        <translation>未写出备份：%1</translation>
    </message>
    <message>
        <source>A backup of the database and its evidence files was written to %1.</source>
        <translation>数据库及其证据材料的备份已写入 %1。</translation>
    </message>
    <message>
        <source>Backing up the database and its evidence files…</source>
        <translation>正在备份数据库及其证据材料…</translation>
    </message>
    <message>
        <source>Back up to a file</source>
        <translation>备份到文件</translation>
    </message>
    <message>
        <source>SafeLedger backups (*.zip)</source>
        <translation>SafeLedger 备份 (*.zip)</translation>
    </message>
    <message>
        <source>SafeLedger backups (*.zip *.sqlite);;All files (*)</source>
        <translation>SafeLedger 备份 (*.zip *.sqlite);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>Replace the current database with the backup %1 of %2, with its %n evidence file(s)?</source>
        <translation>
            <numerusform>用 %2 的备份 %1（含 %n 个证据材料文件）替换当前数据库吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s) were missing already when this backup was taken.</source>
        <translation>
            <numerusform>做这份备份时已有 %n 个证据材料文件缺失。</numerusform>
        </translation>
    </message>
    <message>
        <source>The current database and its evidence are kept as a backup in the backups folder, so this can be undone by restoring that one.</source>
        <translation>当前数据库及其证据材料会作为备份保存在备份文件夹中，恢复该备份即可撤销此操作。</translation>
    </message>
    <message>
        <source>Warning: the audit trail of this backup is broken, so its records cannot be trusted as the street&apos;s record (%1). Restore it all the same? Check will go on reporting the break.</source>
        <translation>警告：此备份的操作日志链已断裂，其中的记录不能作为街道的正式记录（%1）。仍要恢复吗？检查命令会继续报告该断裂。</translation>
    </message>
</context>
<context>
    <name>sl::ui::BaselineDialog</name>
    <message>
        <source>Baseline documents</source>
        <translation>基础资料</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>资料名称</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>sl::ui::CertificateDialog</name>
    <message>
        <source>New certificate</source>
        <translation>新建证照</translation>
    </message>
    <message>
        <source>Edit certificate</source>
        <translation>编辑证照</translation>
    </message>
    <message>
        <source>Type part of the name or credit code</source>
        <translation>输入企业名称或信用代码的部分内容</translation>
    </message>
    <message>
        <source>Enterprise *</source>
        <translation>企业 *</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Certificate type *</source>
        <translation>证照类型 *</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>证照编号</translation>
    </message>
    <message>
        <source>The enterprise, or the person named on the certificate</source>
        <translation>持证企业，或证照上载明的人员</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>持证人</translation>
    </message>
    <message>
        <source>The authority that issued it</source>
        <translation>颁发证照的机关</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>发证机关</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>已知</translation>
    </message>
    <message>
        <source>Untick when only the expiry date is known</source>
        <translation>仅知道有效期截止日期时，请取消勾选</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <source>(not entered)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>Valid until *</source>
        <translation>有效期至 *</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1（已归档）</translation>
    </message>
    <message numerus="yes">
        <source>Usually valid for %n month(s) from the issue date.</source>
        <translation>
            <numerusform>通常自发证之日起 %n 个月内有效。</numerusform>
        </translation>
    </message>
    <message>
        <source>This type has no fixed validity; enter the expiry date.</source>
        <translation>该类型无固定有效期，请填写有效期截止日期。</translation>
    </message>
    <message numerus="yes">
        <source>Reviewed every %n month(s).</source>
        <translation>
            <numerusform>每 %n 个月复审一次。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left.</source>
        <translation>
            <numerusform>剩余 %n 天。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expired %n day(s) ago.</source>
        <translation>
            <numerusform>已过期 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the enterprise from the list.</source>
        <translation>请从列表中选择企业。</translation>
    </message>
</context>
<context>
    <name>sl::ui::CertificateTableModel</name>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Enterprise archived</source>
        <translation>企业已归档</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Certificate type</source>
        <translation>证照类型</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>证照编号</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>持证人</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>发证机关</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>sl::ui::CertificateTypeDialog</name>
    <message>
        <source>New certificate type</source>
        <translation>新建证照类型</translation>
    </message>
    <message>
        <source>Edit certificate type</source>
        <translation>编辑证照类型</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>名称 *</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>No fixed validity</source>
        <translation>无固定有效期</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>No review</source>
        <translation>无需复审</translation>
    </message>
    <message>
        <source>Review every</source>
        <translation>复审周期</translation>
    </message>
    <message>
        <source>A changed validity proposes new expiry dates; saved certificates keep theirs.</source>
        <translation>修改有效期后，按新有效期推算新录入证照的截止日期；已保存的证照保持原截止日期不变。</translation>
    </message>
</context>
<context>
    <name>sl::ui::CertificateTypesDialog</name>
    <message>
        <source>Certificate types</source>
        <translation>证照类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Valid for (months)</source>
        <translation>有效期（月）</translation>
    </message>
    <message>
        <source>Review every (months)</source>
        <translation>复审周期（月）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>The validity proposes the expiry date of a new certificate from its issue date. An archived type is no longer offered; certificates that have it keep it.</source>
        <translation>新证照的有效期截止日期按其发证日期和有效期推算。已归档的类型不再供选择，已使用该类型的证照保持不变。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Archive the type &quot;%1&quot;? It is no longer offered for new certificates; the certificates that have it keep it, and the type can be restored at any time.</source>
        <translation>确定归档证照类型“%1”吗？归档后新建证照时不再可选，已使用该类型的证照保持不变，该类型可随时恢复。</translation>
    </message>
    <message>
        <source>Restore the type &quot;%1&quot;?</source>
        <translation>确定恢复证照类型“%1”吗？</translation>
    </message>
    <message>
        <source>Archive type</source>
        <translation>归档证照类型</translation>
    </message>
    <message>
        <source>Restore type</source>
        <translation>恢复证照类型</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>sl::ui::CertificatesPage</name>
    <message>
        <source>New certificate (Ctrl+N)</source>
        <translation>新建证照（Ctrl+N）</translation>
    </message>
    <message>
        <source>Certificate types…</source>
        <translation>证照类型…</translation>
    </message>
    <message>
        <source>The kinds of certificate and their usual validity</source>
        <translation>证照的种类及其通常有效期</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部证照</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Expiring within 30 days</source>
        <translation>30 天内到期</translation>
    </message>
    <message>
        <source>Expiring within 60 days</source>
        <translation>60 天内到期</translation>
    </message>
    <message>
        <source>Expiring within 90 days</source>
        <translation>90 天内到期</translation>
    </message>
    <message>
        <source>Search enterprise, type, number, holder… (Ctrl+F)</source>
        <translation>搜索企业、证照类型、编号、持证人…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Also list archived certificates and those of archived enterprises</source>
        <translation>同时列出已归档的证照和已归档企业的证照</translation>
    </message>
    <message>
        <source>%1 of %2 certificates shown</source>
        <translation>共 %2 个证照，显示 %1 个</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2（编号 %1）</translation>
    </message>
    <message>
        <source>Archive the certificate %1? It leaves the lists of expiring certificates and can be restored at any time.</source>
        <translation>确定归档证照“%1”吗？归档后该证照不再列入到期提醒，可随时恢复。</translation>
    </message>
    <message>
        <source>Restore the certificate %1?</source>
        <translation>确定恢复证照“%1”吗？</translation>
    </message>
    <message>
        <source>Archive certificate</source>
        <translation>归档证照</translation>
    </message>
    <message>
        <source>Restore certificate</source>
        <translation>恢复证照</translation>
    </message>
    <message>
        <source>Tick &quot;Show archived&quot; to see archived certificates.</source>
        <translation>勾选“显示已归档”即可查看已归档的证照。</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证照管理</translation>
    </message>
</context>
<context>
    <name>sl::ui::ContractDialog</name>
    <message>
        <source>New contract</source>
        <translation>新建服务合同</translation>
    </message>
    <message>
        <source>Edit contract</source>
        <translation>编辑服务合同</translation>
    </message>
    <message>
        <source>Agency *</source>
        <translation>服务机构 *</translation>
    </message>
    <message>
        <source>As printed on the contract</source>
        <translation>按合同文本填写</translation>
    </message>
    <message>
        <source>Contract no.</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>e.g. lot 1, the communities north of the river</source>
        <translation>例如：一标段，河北片区各社区</translation>
    </message>
    <message>
        <source>Tender lot</source>
        <translation>标段</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签订于</translation>
    </message>
    <message>
        <source>Signing date</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>Period start *</source>
        <translation>服务起始日期 *</translation>
    </message>
    <message>
        <source>Period end *</source>
        <translation>服务截止日期 *</translation>
    </message>
    <message>
        <source>e.g. 3,500.00</source>
        <translation>例如 3,500.00</translation>
    </message>
    <message>
        <source>yuan per enterprise per year</source>
        <translation>元/家·年</translation>
    </message>
    <message>
        <source>Unit price *</source>
        <translation>单价 *</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1（已归档）</translation>
    </message>
    <message>
        <source>Enter the price per enterprise per year.</source>
        <translation>请输入单价（每家企业每年的服务费）。</translation>
    </message>
</context>
<context>
    <name>sl::ui::ContractTableModel</name>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Not yet started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>履行中</translation>
    </message>
    <message>
        <source>Enterprises served under this contract on %1</source>
        <translation>%1 在本合同下接受服务的企业数</translation>
    </message>
    <message>
        <source>Yuan per enterprise per service year</source>
        <translation>每家企业每个服务年度的金额（元）</translation>
    </message>
    <message>
        <source>Contract no.</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Tender lot</source>
        <translation>标段</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>服务机构</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>服务起始日期</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>服务截止日期</translation>
    </message>
    <message>
        <source>Unit price (yuan)</source>
        <translation>单价（元/家·年）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>sl::ui::ContractsPage</name>
    <message>
        <source>New contract (Ctrl+N)</source>
        <translation>新建服务合同（Ctrl+N）</translation>
    </message>
    <message>
        <source>Search contract no., tender lot, agency… (Ctrl+F)</source>
        <translation>搜索合同编号、标段、服务机构…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Enterprises covered</source>
        <translation>服务企业</translation>
    </message>
    <message>
        <source>Add enterprises…</source>
        <translation>添加企业…</translation>
    </message>
    <message>
        <source>End service…</source>
        <translation>终止服务…</translation>
    </message>
    <message>
        <source>The enterprise leaves the programme on a last day; its history is kept.</source>
        <translation>企业在指定的最后一天之后退出服务，其历史记录予以保留。</translation>
    </message>
    <message>
        <source>Move to another contract…</source>
        <translation>转入其他合同…</translation>
    </message>
    <message>
        <source>Another lot or agency serves the enterprise from a first day; both periods are kept.</source>
        <translation>自指定日期起改由其他标段或服务机构为企业提供服务，前后两段服务期均予保留。</translation>
    </message>
    <message>
        <source>Filter these enterprises</source>
        <translation>筛选这些企业</translation>
    </message>
    <message>
        <source>Select a contract to see the enterprises it covers.</source>
        <translation>请选择一份服务合同，查看其服务的企业。</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>（无编号）</translation>
    </message>
    <message>
        <source>Enterprises covered by %1</source>
        <translation>合同 %1 服务的企业</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>signed on %1</source>
        <translation>签订日期 %1</translation>
    </message>
    <message>
        <source>%1 yuan per enterprise per year</source>
        <translation>%1 元/家·年</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>%1 of %2 contracts shown</source>
        <translation>共 %2 份服务合同，显示 %1 份</translation>
    </message>
    <message>
        <source>%1 enterprises covered on %2; %3 service periods in all, %4 shown.</source>
        <translation>%2 服务企业 %1 家；共 %3 段服务期，显示 %4 段。</translation>
    </message>
    <message>
        <source>Archive contract %1? The enterprises&apos; service under it stays on record, and it can be restored at any time.</source>
        <translation>确定归档服务合同 %1 吗？该合同下各企业的服务情况仍保留在记录中，可随时恢复。</translation>
    </message>
    <message>
        <source>Restore contract %1 to the list?</source>
        <translation>确定将服务合同 %1 恢复到列表吗？</translation>
    </message>
    <message>
        <source>Archive contract</source>
        <translation>归档服务合同</translation>
    </message>
    <message>
        <source>Restore contract</source>
        <translation>恢复服务合同</translation>
    </message>
    <message>
        <source>Tick &quot;Show archived&quot; to see archived contracts.</source>
        <translation>勾选“显示已归档”即可查看已归档的服务合同。</translation>
    </message>
    <message>
        <source>Service contracts</source>
        <translation>服务合同</translation>
    </message>
</context>
<context>
    <name>sl::ui::CoverageTableModel</name>
    <message>
        <source>contract without number</source>
        <translation>无编号合同</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Came from %1</source>
        <translation>由 %1 转入</translation>
    </message>
    <message>
        <source>Moved to %1 from %2</source>
        <translation>自 %2 起转入 %1</translation>
    </message>
    <message>
        <source>Continued under %1 from %2</source>
        <translation>自 %2 起在 %1 下继续服务</translation>
    </message>
    <message>
        <source>Left; back under %1 from %2</source>
        <translation>曾中断服务；自 %2 起在 %1 下恢复服务</translation>
    </message>
    <message>
        <source>Service ended</source>
        <translation>服务已终止</translation>
    </message>
    <message>
        <source>Not yet started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Ended with the contract</source>
        <translation>随合同期满结束</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Until the contract ends on %1</source>
        <translation>持续至合同截止日期 %1</translation>
    </message>
    <message>
        <source>Empty: the service runs until the contract ends</source>
        <translation>留空表示服务持续至合同期满</translation>
    </message>
    <message>
        <source>Enterprise name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Service start</source>
        <translation>服务开始日期</translation>
    </message>
    <message>
        <source>Service end</source>
        <translation>服务结束日期</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>sl::ui::DashboardCharts</name>
    <message>
        <source>Inspections %1, by quarter</source>
        <translation>%1年各季度安全检查</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>应完成</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Inspections done by agency, % of required so far</source>
        <translation>各服务机构截至目前的安全检查完成率（%）</translation>
    </message>
    <message>
        <source>Done %</source>
        <translation>完成率（%）</translation>
    </message>
</context>
<context>
    <name>sl::ui::DashboardPage</name>
    <message>
        <source>Inspections due this quarter</source>
        <translation>本季度应检查</translation>
    </message>
    <message>
        <source>Inspected this quarter</source>
        <translation>本季度已检查</translation>
    </message>
    <message>
        <source>Overdue this year</source>
        <translation>本年度逾期</translation>
    </message>
    <message>
        <source>Trainings (done / minimum)</source>
        <translation>安全培训（已完成/最低要求）</translation>
    </message>
    <message>
        <source>Drills (done / minimum)</source>
        <translation>应急演练（已完成/最低要求）</translation>
    </message>
    <message>
        <source>Baseline documents outstanding</source>
        <translation>基础资料未完成</translation>
    </message>
    <message>
        <source>Year-end reports outstanding</source>
        <translation>年度报告未完成</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>服务机构</translation>
    </message>
    <message numerus="yes">
        <source>Needs attention: overdue, then due within %n day(s)</source>
        <translation>
            <numerusform>需要处理：先列逾期事项，再列 %n 天内到期事项</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Due this quarter</source>
        <translation>本季度应检查</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>已检查</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>安全培训</translation>
    </message>
    <message>
        <source>Drills</source>
        <translation>应急演练</translation>
    </message>
    <message>
        <source>By agency</source>
        <translation>按服务机构</translation>
    </message>
    <message>
        <source>By community</source>
        <translation>按社区</translation>
    </message>
    <message numerus="yes">
        <source>%n not yet inspected</source>
        <translation>
            <numerusform>尚有 %n 家未检查</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% of this quarter</source>
        <translation>占本季度应检查的 %1%</translation>
    </message>
    <message>
        <source>obligations past their due date</source>
        <translation>已过截止日期的义务</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>逾期 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enterprise(s) overdue</source>
        <translation>
            <numerusform>%n 家企业逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 — only %2 (click &quot;Overdue this year&quot; for all)</source>
        <translation>%1 — 仅显示%2（点击“本年度逾期”显示全部）</translation>
    </message>
    <message>
        <source>Open hazards</source>
        <translation>未销号隐患</translation>
    </message>
    <message>
        <source>Certificates expiring in 30 days</source>
        <translation>30 天内到期证照</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Period or detail</source>
        <translation>期间/详情</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Hazard (%1)</source>
        <translation>%1隐患</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>即将到期</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>剩余 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expired</source>
        <translation>
            <numerusform>已过期 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>hazards</source>
        <translation>隐患</translation>
    </message>
    <message>
        <source>certificates</source>
        <translation>证照</translation>
    </message>
    <message>
        <source>Major / considerable risk</source>
        <translation>重大 / 较大风险企业</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Risk map by community (enterprises / points)</source>
        <translation>各社区风险四色分布（企业数 / 风险点数）</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) not inspected lately</source>
        <translation>
            <numerusform>%n 个风险点近期未检查</numerusform>
        </translation>
    </message>
    <message>
        <source>Not inspected</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>last inspected %1</source>
        <translation>最近检查 %1</translation>
    </message>
    <message>
        <source>never inspected</source>
        <translation>从未检查</translation>
    </message>
    <message>
        <source>serious risk points without a recent inspection</source>
        <translation>近期未检查的重大、较大风险点</translation>
    </message>
    <message>
        <source>Computing this year&apos;s figures…</source>
        <translation>正在计算本年度数据…</translation>
    </message>
    <message>
        <source>computing</source>
        <translation>计算中</translation>
    </message>
    <message>
        <source>%1 — as of %2 — %3: %4</source>
        <translation>%1 — 统计日期：%2 — %3 %4 家</translation>
    </message>
</context>
<context>
    <name>sl::ui::EndServiceDialog</name>
    <message>
        <source>End service</source>
        <translation>终止服务</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>（无编号）</translation>
    </message>
    <message>
        <source>End the service of %1 under contract %2, which started on %3.</source>
        <translation>终止 %1 在合同 %2 下自 %3 开始的服务。</translation>
    </message>
    <message numerus="yes">
        <source>End the service of %n enterprise(s) under contract %1:</source>
        <translation>
            <numerusform>终止以下 %n 家企业在合同 %1 下的服务：</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The last day the agency serves the enterprise under this contract. Its records and the years it was served are kept.</source>
        <translation>服务机构在本合同下为该企业提供服务的最后一天。该企业的记录和已服务的年度均予保留。</translation>
    </message>
    <message>
        <source>Last day of service</source>
        <translation>服务最后一天</translation>
    </message>
</context>
<context>
    <name>sl::ui::EnterpriseDialog</name>
    <message>
        <source>New enterprise</source>
        <translation>新建企业</translation>
    </message>
    <message>
        <source>Edit enterprise</source>
        <translation>编辑企业</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>As on the business licence</source>
        <translation>按营业执照填写</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>名称 *</translation>
    </message>
    <message>
        <source>18 characters, e.g. 91110000600037341L</source>
        <translation>18 位，例如 91110000600037341L</translation>
    </message>
    <message>
        <source>Credit code *</source>
        <translation>统一社会信用代码 *</translation>
    </message>
    <message>
        <source>Keep this code although its check character does not match</source>
        <translation>保留此代码（校验位不符）</translation>
    </message>
    <message>
        <source>Reason, e.g. checked against the licence original</source>
        <translation>原因，例如：已与营业执照原件核对</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>保留原因</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>Community *</source>
        <translation>所属社区 *</translation>
    </message>
    <message>
        <source>Size class *</source>
        <translation>规模类型 *</translation>
    </message>
    <message>
        <source>Target categories</source>
        <translation>服务对象类别</translation>
    </message>
    <message>
        <source>Occupational hazard</source>
        <translation>职业病危害</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>出租方</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>参与状态</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>加入于</translation>
    </message>
    <message>
        <source>Join date</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <source>Contacts and payment</source>
        <translation>联系人与收款信息</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>所属行业</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>从业人员数</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Safety contact</source>
        <translation>安全联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>收款户名</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>This credit code is already registered for &quot;%1&quot;.</source>
        <translation>该统一社会信用代码已登记在“%1”名下。</translation>
    </message>
    <message>
        <source>Choose the landlord from the list, or (none).</source>
        <translation>请从列表中选择出租方，或选择“（无）”。</translation>
    </message>
    <message>
        <source>New class applies from</source>
        <translation>新规模类型适用起始日期</translation>
    </message>
</context>
<context>
    <name>sl::ui::EnterpriseFilterLabel</name>
    <message>
        <source>All enterprises</source>
        <translation>全部企业</translation>
    </message>
    <message>
        <source>Enterprise: %1</source>
        <translation>企业：%1</translation>
    </message>
</context>
<context>
    <name>sl::ui::EnterprisePickerDialog</name>
    <message>
        <source>Add enterprises to a contract</source>
        <translation>向服务合同添加企业</translation>
    </message>
    <message>
        <source>Contract %1, %2 to %3. Tick the enterprises it serves from the start date.</source>
        <translation>服务合同 %1，%2 至 %3。请勾选自服务开始日期起由本合同提供服务的企业。</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>（无编号）</translation>
    </message>
    <message>
        <source>within the contract period</source>
        <translation>须在合同服务期限内</translation>
    </message>
    <message>
        <source>First day of service</source>
        <translation>服务开始日期</translation>
    </message>
    <message>
        <source>Search name, credit code, community, address</source>
        <translation>搜索名称、信用代码、社区、地址</translation>
    </message>
    <message>
        <source>Only those that can be added</source>
        <translation>仅显示可添加的企业</translation>
    </message>
    <message>
        <source>Tick all shown</source>
        <translation>勾选全部显示项</translation>
    </message>
    <message>
        <source>Untick all shown</source>
        <translation>取消勾选全部显示项</translation>
    </message>
    <message>
        <source>%1 ticked; %2 of %3 enterprises can be added from %4.</source>
        <translation>已勾选 %1 家；%3 家企业中有 %2 家可自 %4 起添加。</translation>
    </message>
    <message numerus="yes">
        <source>Add %n enterprise(s)</source>
        <translation>
            <numerusform>添加 %n 家企业</numerusform>
        </translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>sl::ui::EnterprisePickerModel</name>
    <message>
        <source>Already under this contract, %1 to %2</source>
        <translation>已在本合同服务范围内（%1 至 %2）</translation>
    </message>
    <message>
        <source>Under %1 (%2), %3 to %4</source>
        <translation>已由 %1（%2）服务（%3 至 %4）</translation>
    </message>
    <message>
        <source>a contract without number</source>
        <translation>无编号合同</translation>
    </message>
    <message>
        <source>Can be added</source>
        <translation>可添加</translation>
    </message>
    <message>
        <source>Enterprise name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>所属社区</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可否添加</translation>
    </message>
</context>
<context>
    <name>sl::ui::EnterpriseTableModel</name>
    <message>
        <source>%1 (kept)</source>
        <translation>%1（已保留）</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在册</translation>
    </message>
    <message>
        <source>Kept although the check character does not match: %1</source>
        <translation>校验位不符，仍予保留。原因：%1</translation>
    </message>
    <message>
        <source>Enterprise name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>所属社区</translation>
    </message>
    <message>
        <source>Size class</source>
        <translation>规模类型</translation>
    </message>
    <message>
        <source>Target categories</source>
        <translation>服务对象类别</translation>
    </message>
    <message>
        <source>Occupational hazard</source>
        <translation>职业病危害</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>参与状态</translation>
    </message>
    <message>
        <source>Join date</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>从业人员数</translation>
    </message>
    <message>
        <source>Safety contact</source>
        <translation>安全联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>出租方</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>sl::ui::EnterprisesPage</name>
    <message>
        <source>New enterprise (Ctrl+N)</source>
        <translation>新建企业（Ctrl+N）</translation>
    </message>
    <message>
        <source>Search name, credit code, address, contact… (Ctrl+F)</source>
        <translation>搜索名称、信用代码、地址、联系人…（Ctrl+F）</translation>
    </message>
    <message>
        <source>All size classes</source>
        <translation>全部规模类型</translation>
    </message>
    <message>
        <source>All target categories</source>
        <translation>全部服务对象类别</translation>
    </message>
    <message>
        <source>Any participation</source>
        <translation>全部参与状态</translation>
    </message>
    <message>
        <source>All communities</source>
        <translation>全部社区</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1（已归档）</translation>
    </message>
    <message>
        <source>%1 of %2 enterprises shown</source>
        <translation>共 %2 家企业，显示 %1 家</translation>
    </message>
    <message>
        <source>No enterprise selected</source>
        <translation>未选择企业</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Kept despite check</source>
        <translation>保留原因（校验位不符）</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>所属社区</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>所属行业</translation>
    </message>
    <message>
        <source>Size class</source>
        <translation>规模类型</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>从业人员数</translation>
    </message>
    <message>
        <source>Occupational hazard</source>
        <translation>职业病危害</translation>
    </message>
    <message>
        <source>Target categories</source>
        <translation>服务对象类别</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>参与状态</translation>
    </message>
    <message>
        <source>Join date</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Safety contact</source>
        <translation>安全联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>出租方</translation>
    </message>
    <message>
        <source>Tenants (%1)</source>
        <translation>承租户（%1）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>收款户名</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Archived on</source>
        <translation>归档时间</translation>
    </message>
    <message>
        <source>Archive &quot;%1&quot;? It leaves the register but keeps all its records, and can be restored at any time.</source>
        <translation>确定归档“%1”吗？归档后该企业移出台账，但其全部记录都会保留，可随时恢复。</translation>
    </message>
    <message>
        <source>Restore &quot;%1&quot; to the register?</source>
        <translation>确定将“%1”恢复到台账吗？</translation>
    </message>
    <message>
        <source>Archive enterprise</source>
        <translation>归档企业</translation>
    </message>
    <message>
        <source>Restore enterprise</source>
        <translation>恢复企业</translation>
    </message>
    <message>
        <source>Tick &quot;Show archived&quot; to see archived enterprises.</source>
        <translation>勾选“显示已归档”即可查看已归档的企业。</translation>
    </message>
    <message>
        <source>Year %1: %2 to %3, %4</source>
        <translation>第 %1 年：%2 至 %3，%4</translation>
    </message>
    <message>
        <source>Service years:</source>
        <translation>服务年度：</translation>
    </message>
    <message>
        <source>New service record…</source>
        <translation>新建服务记录…</translation>
    </message>
    <message>
        <source>Service records</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>隐患治理</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证照管理</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import enterprises</source>
        <translation>导入企业</translation>
    </message>
    <message>
        <source>Enterprise lists (*.xlsx *.csv)</source>
        <translation>企业名单 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>%1 enterprises added, %2 updated. A copy of the database from before the import is in the backups folder.</source>
        <translation>已新增 %1 家企业，更新 %2 家。导入前的数据库副本已保存在备份文件夹中。</translation>
    </message>
    <message>
        <source>Enterprise ledger</source>
        <translation>企业台账</translation>
    </message>
    <message numerus="yes">
        <source>%n refused row(s) of the file were left out.</source>
        <translation>
            <numerusform>文件中有 %n 行未通过检查，已跳过。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sl::ui::EvaluationDialog</name>
    <message>
        <source>Spot-check evaluation</source>
        <translation>抽查评价</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>服务机构</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>日期 *</translation>
    </message>
    <message>
        <source>Score (of 100) *</source>
        <translation>得分（满分 100） *</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>评价意见</translation>
    </message>
</context>
<context>
    <name>sl::ui::EvidenceBox</name>
    <message>
        <source>Evidence files</source>
        <translation>证据材料</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Attach evidence file</source>
        <translation>添加证据材料</translation>
    </message>
    <message>
        <source>Photos, scans and documents (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx);;All files (*)</source>
        <translation>照片、扫描件和文档 (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 (attached when saved)</source>
        <translation>%1（保存时添加）</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>证据材料</translation>
    </message>
    <message>
        <source>%1 cannot be opened. Run the check to see whether the evidence folder is complete.</source>
        <translation>无法打开 %1。请运行数据检查，确认证据材料文件夹是否完整。</translation>
    </message>
</context>
<context>
    <name>sl::ui::ExpertDialog</name>
    <message>
        <source>New expert</source>
        <translation>新建专家</translation>
    </message>
    <message>
        <source>Edit expert</source>
        <translation>编辑专家</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>服务机构</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <source>e.g. mechanical safety, fire safety, chemicals</source>
        <translation>例如：机械安全、消防安全、危险化学品</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>专业</translation>
    </message>
    <message>
        <source>e.g. registered safety engineer</source>
        <translation>例如：注册安全工程师</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Certificate expiry</source>
        <translation>证书有效期</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>This certificate has expired.</source>
        <translation>该证书已过期。</translation>
    </message>
    <message numerus="yes">
        <source>This certificate expires within %n day(s).</source>
        <translation>
            <numerusform>该证书将在 %n 天内到期。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sl::ui::ExpertTableModel</name>
    <message>
        <source>%1 (expired)</source>
        <translation>%1（已过期）</translation>
    </message>
    <message>
        <source>%1 (expires today)</source>
        <translation>%1（今天到期）</translation>
    </message>
    <message numerus="yes">
        <source>%1 (expires in %n day(s))</source>
        <translation>
            <numerusform>%1（%n 天后到期）</numerusform>
        </translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在册</translation>
    </message>
    <message>
        <source>The certificate has expired: the expert may not serve until it is renewed.</source>
        <translation>证书已过期：证书换发前，该专家不得提供服务。</translation>
    </message>
    <message numerus="yes">
        <source>The certificate expires within %n day(s).</source>
        <translation>
            <numerusform>证书将在 %n 天内到期。</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>专业</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>sl::ui::ExtensionDialog</name>
    <message>
        <source>Deadline in force</source>
        <translation>现行整改期限</translation>
    </message>
    <message>
        <source>Decide the extension request</source>
        <translation>审批延期申请</translation>
    </message>
    <message>
        <source>%1: to %2 — %3</source>
        <translation>%1 申请延期至 %2 — %3</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>延期申请</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>审批结果</translation>
    </message>
    <message>
        <source>Decided on *</source>
        <translation>审批日期 *</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Request a deadline extension</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <source>Requested on *</source>
        <translation>申请日期 *</translation>
    </message>
    <message>
        <source>New deadline *</source>
        <translation>新整改期限 *</translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation>延期原因 *</translation>
    </message>
</context>
<context>
    <name>sl::ui::FormDialog</name>
    <message>
        <source>This form has changes that are not saved. Save them?</source>
        <translation>此表单有尚未保存的修改。是否保存？</translation>
    </message>
    <message>
        <source>The form cannot be saved as it is; the reasons are shown in red next to the fields.</source>
        <translation>表单目前无法保存；原因以红字显示在相应字段旁。</translation>
    </message>
</context>
<context>
    <name>sl::ui::FormFrame</name>
    <message>
        <source>Fields marked * are required.</source>
        <translation>带 * 的为必填项。</translation>
    </message>
</context>
<context>
    <name>sl::ui::HazardStepDialog</name>
    <message>
        <source>Start rectification</source>
        <translation>开始整改</translation>
    </message>
    <message>
        <source>Request re-check</source>
        <translation>申请复查</translation>
    </message>
    <message>
        <source>Re-check passed: close (销号)</source>
        <translation>复查合格并销号</translation>
    </message>
    <message>
        <source>Re-check failed</source>
        <translation>复查不合格</translation>
    </message>
    <message>
        <source>Supervise (督办)</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>Listed supervision (挂牌督办)</source>
        <translation>挂牌督办</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>隐患</translation>
    </message>
    <message>
        <source>Re-check date *</source>
        <translation>复查日期 *</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>日期 *</translation>
    </message>
    <message>
        <source>What is still wrong *</source>
        <translation>仍存在的问题 *</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Attach &quot;after&quot; photo…</source>
        <translation>添加整改后照片…</translation>
    </message>
    <message>
        <source>After rectification</source>
        <translation>整改后材料</translation>
    </message>
    <message>
        <source>Needed when no &quot;after&quot; evidence is attached</source>
        <translation>未添加整改后证据材料时必须填写</translation>
    </message>
    <message>
        <source>Reason to close without it</source>
        <translation>无证据材料销号原因</translation>
    </message>
    <message>
        <source>Measures *</source>
        <translation>措施 *</translation>
    </message>
    <message>
        <source>Funds *</source>
        <translation>资金 *</translation>
    </message>
    <message>
        <source>Deadline *</source>
        <translation>整改期限 *</translation>
    </message>
    <message>
        <source>Responsible person *</source>
        <translation>责任人 *</translation>
    </message>
    <message>
        <source>Emergency plan *</source>
        <translation>应急预案 *</translation>
    </message>
    <message numerus="yes">
        <source>%n &quot;after&quot; file(s) attached</source>
        <translation>
            <numerusform>已添加整改后证据材料 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach &quot;after&quot; photo</source>
        <translation>添加整改后照片</translation>
    </message>
    <message>
        <source>Photos and scans (*.jpg *.jpeg *.png *.pdf);;All files (*)</source>
        <translation>照片和扫描件 (*.jpg *.jpeg *.png *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Re-checked by *</source>
        <translation>复查人 *</translation>
    </message>
    <message>
        <source>Enter who re-checked the hazard on site.</source>
        <translation>请填写到现场复查的人员。</translation>
    </message>
</context>
<context>
    <name>sl::ui::HazardTableModel</name>
    <message>
        <source>Extended from %1</source>
        <translation>已延期，原整改期限 %1</translation>
    </message>
    <message>
        <source>%1 (extended)</source>
        <translation>%1（已延期）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>所属社区</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>服务机构</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>隐患等级</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>隐患描述</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>督办</translation>
    </message>
</context>
<context>
    <name>sl::ui::HazardsPage</name>
    <message>
        <source>Extension…</source>
        <translation>延期…</translation>
    </message>
    <message>
        <source>Interview / notice…</source>
        <translation>约谈/通报…</translation>
    </message>
    <message>
        <source>Attach &quot;before&quot; photo…</source>
        <translation>添加整改前照片…</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Any grade</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>Any supervision</source>
        <translation>全部督办状态</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>全部服务机构</translation>
    </message>
    <message>
        <source>All communities</source>
        <translation>全部社区</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅显示逾期</translation>
    </message>
    <message>
        <source>Search enterprise, description, number… (Ctrl+F)</source>
        <translation>搜索企业、隐患描述、编号…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>处理环节</translation>
    </message>
    <message>
        <source>State after</source>
        <translation>处理后状态</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>%1 of %2 hazards shown</source>
        <translation>共 %2 处隐患，显示 %1 处</translation>
    </message>
    <message>
        <source>Enterprise: %1, every year</source>
        <translation>企业：%1（全部年度）</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>隐患部位：%1</translation>
    </message>
    <message>
        <source>Rectification demand: %1</source>
        <translation>整改要求：%1</translation>
    </message>
    <message>
        <source>Responsible: %1</source>
        <translation>责任人：%1</translation>
    </message>
    <message>
        <source>Deadline: %1 (in force: %2)</source>
        <translation>整改期限：%1（现行：%2）</translation>
    </message>
    <message>
        <source>Listed: measures %1; funds %2; deadline %3; responsible %4; plan %5</source>
        <translation>挂牌督办：措施 %1；资金 %2；整改期限 %3；责任人 %4；应急预案 %5</translation>
    </message>
    <message>
        <source>Delisted on %1</source>
        <translation>摘牌日期：%1</translation>
    </message>
    <message>
        <source>after</source>
        <translation>整改后</translation>
    </message>
    <message>
        <source>before</source>
        <translation>整改前</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Hazards not rectified in time</source>
        <translation>隐患未按期整改</translation>
    </message>
    <message>
        <source>Attach &quot;before&quot; photo</source>
        <translation>添加整改前照片</translation>
    </message>
    <message>
        <source>Photos and scans (*.jpg *.jpeg *.png *.pdf);;All files (*)</source>
        <translation>照片和扫描件 (*.jpg *.jpeg *.png *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>证据材料</translation>
    </message>
    <message>
        <source>Source: agency return %1, sheet %2, row %3</source>
        <translation>来源：机构报送 %1，“%2”表第 %3 行</translation>
    </message>
    <message>
        <source>Rectification notice…</source>
        <translation>整改通知书…</translation>
    </message>
    <message>
        <source>Save the rectification notice of the selected hazards as a PDF, to hand to the enterprise</source>
        <translation>将所选隐患的隐患整改通知书保存为 PDF，交企业签收</translation>
    </message>
    <message>
        <source>Notice of all open hazards…</source>
        <translation>全部未销号隐患的通知书…</translation>
    </message>
    <message>
        <source>Re-check opinion…</source>
        <translation>复查意见书…</translation>
    </message>
    <message>
        <source>No notice</source>
        <translation>无法生成通知书</translation>
    </message>
    <message>
        <source>This enterprise has no open hazard.</source>
        <translation>该企业没有未销号的隐患。</translation>
    </message>
    <message>
        <source>Save the notice as PDF</source>
        <translation>将通知书保存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>处理环节</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>%1 (re-checked by %2)</source>
        <translation>%1（复查人：%2）</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>Risk point</source>
        <translation>风险点</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Risk point: %1, assessed on %2</source>
        <translation>风险点：%1，评估日期 %2</translation>
    </message>
    <message>
        <source>Risk point not linked</source>
        <translation>未能关联风险点</translation>
    </message>
    <message>
        <source>Hazards %1</source>
        <translation>%1年隐患</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>服务机构数</translation>
    </message>
</context>
<context>
    <name>sl::ui::ImportPreviewDialog</name>
    <message>
        <source>Import enterprises: %1</source>
        <translation>导入企业：%1</translation>
    </message>
    <message>
        <source>Update existing enterprises (same credit code)</source>
        <translation>更新已有企业（统一社会信用代码相同）</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The file cannot be imported.</source>
        <translation>该文件无法导入。</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Columns not read: %1.</source>
        <translation>未读取的列：%1。</translation>
    </message>
    <message>
        <source>Download template…</source>
        <translation>下载模板…</translation>
    </message>
    <message>
        <source>An empty list with exactly the columns import reads</source>
        <translation>一份空白名单，列名与导入读取的列完全一致</translation>
    </message>
    <message>
        <source>Save the rows not imported…</source>
        <translation>保存未导入的行…</translation>
    </message>
    <message>
        <source>The refused rows with their reasons, as a file to correct and import again</source>
        <translation>将未通过检查的行及其原因另存为文件，更正后可再次导入</translation>
    </message>
    <message>
        <source>Import all</source>
        <translation>导入全部</translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) can be imported.</source>
        <translation>
            <numerusform>全部 %n 行均可导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows can be imported, %2 are refused. Import all imports nothing while a row is refused: correct the refused rows, or import only the good ones and save the others to correct.</source>
        <translation>%1 行可以导入，%2 行未通过检查。只要有一行未通过，“导入全部”就不导入任何数据：请更正未通过的行，或者只导入有效的行，并把其余的行保存下来更正。</translation>
    </message>
    <message>
        <source>Import only the %1 good rows (leave out %2)</source>
        <translation>只导入有效的 %1 行（跳过 %2 行）</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Import only the %1 good rows? %2 refused rows will be left out and not imported; save them with &quot;Save the rows not imported…&quot; to correct them and import them later.</source>
        <translation>只导入有效的 %1 行吗？未通过检查的 %2 行将被跳过、不会导入；可用“保存未导入的行…”把它们保存下来，更正后再导入。</translation>
    </message>
    <message>
        <source>Import only the good rows</source>
        <translation>只导入有效的行</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>Excel 用 CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Save the rows not imported</source>
        <translation>保存未导入的行</translation>
    </message>
    <message>
        <source>%1 (not imported)</source>
        <translation>%1（未导入）</translation>
    </message>
    <message>
        <source>The %1 refused rows are saved with their reasons in %2. Correct them there and import that file again; the reason column is not read.</source>
        <translation>未通过检查的 %1 行及其原因已保存到 %2。请在该文件中更正后重新导入；导入时不读取原因列。</translation>
    </message>
    <message>
        <source>Download the import template</source>
        <translation>下载导入模板</translation>
    </message>
    <message>
        <source>Enterprise list template</source>
        <translation>企业名单模板</translation>
    </message>
    <message>
        <source>The template is saved in %1: one column per field import reads; %2 are required.</source>
        <translation>模板已保存到 %1：每列对应导入读取的一个字段；%2 为必填列。</translation>
    </message>
</context>
<context>
    <name>sl::ui::InterviewDialog</name>
    <message>
        <source>Interview / notice</source>
        <translation>约谈/通报</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1和%2</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>对象</translation>
    </message>
    <message numerus="yes">
        <source>%n hazard(s)</source>
        <translation>
            <numerusform>%n 处隐患</numerusform>
        </translation>
    </message>
    <message>
        <source>About</source>
        <translation>涉及隐患</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>日期 *</translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation>事由 *</translation>
    </message>
    <message>
        <source>People</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
</context>
<context>
    <name>sl::ui::ListActions</name>
    <message>
        <source>Export shown rows…</source>
        <translation>导出所显示的行…</translation>
    </message>
    <message>
        <source>The rows as filtered and sorted, the columns as shown, to an Excel workbook (Ctrl+E)</source>
        <translation>按当前筛选和排序的行、当前显示的列导出为 Excel 工作簿（Ctrl+E）</translation>
    </message>
    <message>
        <source>Print shown rows…</source>
        <translation>打印所显示的行…</translation>
    </message>
    <message>
        <source>Print the rows as filtered and sorted (Ctrl+P)</source>
        <translation>按当前筛选和排序打印（Ctrl+P）</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Export the rows shown</source>
        <translation>导出所显示的行</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>共 %n 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sl::ui::MainWindow</name>
    <message>
        <source>SafeLedger</source>
        <translation>SafeLedger</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>企业台账</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>系统设置</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About SafeLedger</source>
        <translation>关于 SafeLedger(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>%1 enterprises in the register</source>
        <translation>在册企业 %1 家</translation>
    </message>
    <message>
        <source>Empty database</source>
        <translation>空数据库</translation>
    </message>
    <message>
        <source>This database holds no enterprises yet. Load the demo street (300 synthetic enterprises) to try SafeLedger?

For real work, start from an empty file and add your communities and enterprises.</source>
        <translation>此数据库中还没有企业。是否载入演示街道（300 家虚构企业）来试用 SafeLedger？

正式使用时，请从空数据库文件开始，录入本街道的社区和企业。</translation>
    </message>
    <message>
        <source>Demo street not loaded</source>
        <translation>演示街道未载入</translation>
    </message>
    <message>
        <source>About SafeLedger</source>
        <translation>关于 SafeLedger</translation>
    </message>
    <message>
        <source>SafeLedger %1

The street office&apos;s ledger of socialised safety-production services.

Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>SafeLedger %1

街道办事处安全生产社会化服务台账。

依据 GNU 通用公共许可证（GNU General Public License）第 3 版或任何更高版本授权。</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>服务机构</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>服务合同</translation>
    </message>
    <message>
        <source>Subsidies</source>
        <translation>补助核算</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Service records</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>统计日期：%1</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>隐患治理</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证照管理</translation>
    </message>
    <message>
        <source>Scorecards</source>
        <translation>机构考核</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表打印</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>尚无备份</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>最近备份：%1</translation>
    </message>
    <message>
        <source>Database not available</source>
        <translation>数据库不可用</translation>
    </message>
    <message>
        <source>The database could not be opened again: %1

Close SafeLedger and start it again.</source>
        <translation>无法重新打开数据库：%1

请关闭 SafeLedger 后重新启动。</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>未恢复</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>Agency returns</source>
        <translation>机构报送</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Today&apos;s backup failed</source>
        <translation>今天的备份失败</translation>
    </message>
    <message>
        <source>No backup today</source>
        <translation>今日未能备份</translation>
    </message>
    <message>
        <source>Today&apos;s backup copy could not be made: %1

Your work is safe, but check the disk and the backups folder, then use Settings → Back up now.</source>
        <translation>无法做今天的备份：%1

您的数据是安全的，但请检查磁盘和备份文件夹，然后使用“系统设置 → 立即备份”。</translation>
    </message>
    <message>
        <source>Backup incomplete</source>
        <translation>备份不完整</translation>
    </message>
    <message>
        <source>Today&apos;s backup was written, but it lacks evidence files the database names:
%1

Run check to see every missing file.</source>
        <translation>今天的备份已写出，但缺少数据库登记的证据材料：
%1

请运行检查以查看全部缺失的文件。</translation>
    </message>
    <message>
        <source>The backup is in place, with its evidence files.</source>
        <translation>备份已恢复，证据材料一并恢复。</translation>
    </message>
    <message>
        <source>The backup is in place, with its evidence files. The database it replaced is kept as %1.</source>
        <translation>备份已恢复，证据材料一并恢复。被替换的数据库已保存为 %1。</translation>
    </message>
    <message>
        <source>Switch operator</source>
        <translation>切换操作人</translation>
    </message>
    <message>
        <source>No operators are kept yet: add the office&apos;s staff in Settings → Operators, then each can work under their own name.</source>
        <translation>尚未设置操作人员：请在“系统设置 → 操作人员”中添加科室人员，之后每人都可以用自己的名字操作。</translation>
    </message>
    <message>
        <source>&amp;Switch operator…</source>
        <translation>切换操作人(&amp;S)…</translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation>操作人：%1</translation>
    </message>
    <message>
        <source>&amp;Open another database…</source>
        <translation>打开其他数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Back up to a file…</source>
        <translation>备份到文件(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Export shown rows…</source>
        <translation>导出所显示的行(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation>打开其他数据库</translation>
    </message>
    <message>
        <source>SafeLedger database (*.sqlite *.db);;Every file (*)</source>
        <translation>安全服务台账数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Already open</source>
        <translation>已经打开</translation>
    </message>
    <message>
        <source>%1 is the database open now.</source>
        <translation>%1 就是当前打开的数据库。</translation>
    </message>
    <message>
        <source>Open a &amp;server database…</source>
        <translation>打开服务器数据库(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>sl::ui::MoveEnterpriseDialog</name>
    <message>
        <source>(no number)</source>
        <translation>（无编号）</translation>
    </message>
    <message>
        <source>Move to another contract</source>
        <translation>转入其他合同</translation>
    </message>
    <message numerus="yes">
        <source>%n enterprise(s)</source>
        <translation>
            <numerusform>%n 家企业</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1 from contract %2 (%3) to another contract. The service under %2 ends the day before the first day under the new contract; both periods are kept.</source>
        <translation>将 %1 从合同 %2（%3）转入其他合同。合同 %2 下的服务于新合同服务开始日期的前一天结束；前后两段服务期均予保留。</translation>
    </message>
    <message>
        <source>(choose a contract)</source>
        <translation>（请选择合同）</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 to %4</source>
        <translation>%1 · %2 · %3 至 %4</translation>
    </message>
    <message>
        <source>New contract *</source>
        <translation>转入合同 *</translation>
    </message>
    <message>
        <source>First day under it *</source>
        <translation>新合同服务开始日期 *</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>转入</translation>
    </message>
    <message>
        <source>Choose the contract the enterprise moves to.</source>
        <translation>请选择企业要转入的合同。</translation>
    </message>
    <message>
        <source>The first day under the new contract must be after %1, when the service under %2 started.</source>
        <translation>新合同服务开始日期须晚于 %1，即合同 %2 下服务的开始日期。</translation>
    </message>
    <message>
        <source>Service under %1 ends on %2; under %3 (%4) it starts on %5.</source>
        <translation>合同 %1 下的服务于 %2 结束；合同 %3（%4）下的服务于 %5 开始。</translation>
    </message>
</context>
<context>
    <name>sl::ui::ObligationSettingsBox</name>
    <message>
        <source>Agency obligations</source>
        <translation>机构服务义务</translation>
    </message>
    <message>
        <source>Inspections per quarter</source>
        <translation>每季度安全检查次数</translation>
    </message>
    <message>
        <source>Trainings per year</source>
        <translation>每年安全培训次数</translation>
    </message>
    <message>
        <source>Drills per year</source>
        <translation>每年应急演练次数</translation>
    </message>
    <message>
        <source>A quarter counts from</source>
        <translation>季度计入考核的最少服务天数</translation>
    </message>
    <message>
        <source> days of service</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Baseline documents within</source>
        <translation>基础资料完成期限</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>On-site survey within</source>
        <translation>实地验场完成期限</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Year-end report within</source>
        <translation>年度报告完成期限</translation>
    </message>
    <message>
        <source> days after the year</source>
        <translation> 天（年度结束后）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Risk assessment within</source>
        <translation>风险评估完成期限</translation>
    </message>
    <message>
        <source> months of the first service day</source>
        <translation> 个月（自首个服务日起）</translation>
    </message>
    <message>
        <source>Reviewed every later year of service</source>
        <translation>以后每个服务年度复评一次</translation>
    </message>
</context>
<context>
    <name>sl::ui::OperatorDialog</name>
    <message>
        <source>New operator</source>
        <translation>新增操作人</translation>
    </message>
    <message>
        <source>Edit operator</source>
        <translation>编辑操作人</translation>
    </message>
    <message>
        <source>Leave empty to keep the password</source>
        <translation>留空则保留原密码</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可不填</translation>
    </message>
    <message>
        <source>Remove the password</source>
        <translation>取消密码</translation>
    </message>
    <message>
        <source>May work in the ledger</source>
        <translation>可以操作台账</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>两次输入的密码不一致，请输入相同的密码。</translation>
    </message>
</context>
<context>
    <name>sl::ui::OperatorSignInDialog</name>
    <message>
        <source>Who is working?</source>
        <translation>谁在操作？</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>开始工作</translation>
    </message>
    <message>
        <source>Every change is recorded under this name. Operators are kept in Settings → Operators.</source>
        <translation>每一处改动都以此姓名记录。操作人员在“系统设置 → 操作人员”中设置。</translation>
    </message>
</context>
<context>
    <name>sl::ui::OperatorsBox</name>
    <message>
        <source>Operators</source>
        <translation>操作人员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>set</source>
        <translation>已设置</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>sl::ui::OtherServiceDialog</name>
    <message>
        <source>Other service</source>
        <translation>其他服务</translation>
    </message>
    <message>
        <source>(choose the kind)</source>
        <translation>（请选择服务类别）</translation>
    </message>
    <message>
        <source>Kind of service *</source>
        <translation>服务类别 *</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>日期 *</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>服务机构</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>服务人次</translation>
    </message>
    <message>
        <source>No agency serves the enterprise on this day</source>
        <translation>当天没有服务机构为该企业服务</translation>
    </message>
</context>
<context>
    <name>sl::ui::OtherServicesTab</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Kind of service</source>
        <translation>服务类别</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>服务机构</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人次</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>证据材料</translation>
    </message>
    <message>
        <source>Void service…</source>
        <translation>作废服务…</translation>
    </message>
    <message numerus="yes">
        <source>%n other service(s)</source>
        <translation>
            <numerusform>共 %n 次其他服务</numerusform>
        </translation>
    </message>
    <message>
        <source>Void service</source>
        <translation>作废服务</translation>
    </message>
    <message>
        <source>The %1 of %2 stays in the ledger, marked void, and no longer counts. Why is it voided?</source>
        <translation>%2 的%1记录将保留在台账中，标记为作废，不再计入统计。请说明作废原因。</translation>
    </message>
    <message>
        <source>Service not voided</source>
        <translation>服务未作废</translation>
    </message>
</context>
<context>
    <name>sl::ui::PolicyDialog</name>
    <message>
        <source>Edit subsidy policy</source>
        <translation>编辑补助政策</translation>
    </message>
    <message>
        <source>New subsidy policy version</source>
        <translation>新建补助政策版本</translation>
    </message>
    <message>
        <source>Applies to service years starting from</source>
        <translation>适用于自此日期起开始的服务年度</translation>
    </message>
    <message>
        <source>Street share per subsidised year (yuan)</source>
        <translation>每个补助年度的街道补助（元）</translation>
    </message>
    <message>
        <source>Number of subsidised years</source>
        <translation>补助年限（年）</translation>
    </message>
    <message>
        <source>Classes with the yearly share</source>
        <translation>享受年度定额补助的规模类型</translation>
    </message>
    <message>
        <source>Classes whose whole fee the street pays</source>
        <translation>由街道全额承担服务费的规模类型</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Confirmed years keep their frozen figures whatever is changed here.</source>
        <translation>无论此处如何修改，已确认年度的锁定数据均保持不变。</translation>
    </message>
    <message>
        <source>%1 cannot get both the yearly share and the whole fee.</source>
        <translation>%1 不能同时享受年度定额补助和全额补助。</translation>
    </message>
</context>
<context>
    <name>sl::ui::RecordDialog</name>
    <message>
        <source>New service record</source>
        <translation>新建服务记录</translation>
    </message>
    <message>
        <source>Edit service record</source>
        <translation>编辑服务记录</translation>
    </message>
    <message>
        <source>Enterprise *</source>
        <translation>企业 *</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Kind *</source>
        <translation>类型 *</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>日期 *</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>服务机构</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>Topic *</source>
        <translation>主题 *</translation>
    </message>
    <message>
        <source>Attendees *</source>
        <translation>参训人数 *</translation>
    </message>
    <message>
        <source>Year reported on *</source>
        <translation>报告年度 *</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查发现</translation>
    </message>
    <message>
        <source>Open problems</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <source>Next year&apos;s measures</source>
        <translation>下一步工作措施</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Hazards found</source>
        <translation>发现的隐患</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>隐患部位</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>隐患描述</translation>
    </message>
    <message>
        <source>Rectification deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Rectification demand</source>
        <translation>整改要求</translation>
    </message>
    <message>
        <source>Add hazard</source>
        <translation>添加隐患</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>隐患等级</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Scenario *</source>
        <translation>演练场景 *</translation>
    </message>
    <message>
        <source>Participants *</source>
        <translation>参演人数 *</translation>
    </message>
    <message>
        <source>Summary of the year *</source>
        <translation>年度工作总结 *</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>培训内容</translation>
    </message>
    <message>
        <source>On %1 the enterprise was not under any service contract; check the date.</source>
        <translation>该企业在 %1 未纳入任何服务合同，请核对日期。</translation>
    </message>
    <message>
        <source>A saved hazard cannot be removed here.</source>
        <translation>已保存的隐患不能在此移除。</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>证据材料</translation>
    </message>
    <message>
        <source>The record was saved, but these files were not attached:
%1</source>
        <translation>记录已保存，但以下文件未能添加：
%1</translation>
    </message>
    <message>
        <source>Fire safety</source>
        <translation>消防安全</translation>
    </message>
    <message>
        <source>Electrical</source>
        <translation>电气安全</translation>
    </message>
    <message>
        <source>Machinery</source>
        <translation>机械设备</translation>
    </message>
    <message>
        <source>Hazardous chemicals</source>
        <translation>危险化学品</translation>
    </message>
    <message>
        <source>Special equipment</source>
        <translation>特种设备</translation>
    </message>
    <message>
        <source>Occupational health</source>
        <translation>职业健康</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>安全管理</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>隐患类别</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Agency return %1, sheet %2, row %3 (received %4)</source>
        <translation>机构报送 %1，“%2”表第 %3 行（%4 收到）</translation>
    </message>
    <message>
        <source>SHA-256 of the file: %1</source>
        <translation>文件的 SHA-256：%1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Inspected by *</source>
        <translation>检查方式 *</translation>
    </message>
    <message>
        <source>(choose the agency)</source>
        <translation>（请选择服务机构）</translation>
    </message>
    <message>
        <source>Inspected with *</source>
        <translation>联合检查机构 *</translation>
    </message>
    <message>
        <source>Choose the agency that inspected with the street.</source>
        <translation>请选择与街道联合检查的服务机构。</translation>
    </message>
</context>
<context>
    <name>sl::ui::RecordListPage</name>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the selected rows for Excel (Ctrl+C)</source>
        <translation>复制所选行，可粘贴到 Excel（Ctrl+C）</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
</context>
<context>
    <name>sl::ui::RecordTableModel</name>
    <message>
        <source>Voided: %1</source>
        <translation>已作废，原因：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>服务机构</translation>
    </message>
    <message>
        <source>Topic / findings</source>
        <translation>主题/检查发现</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>sl::ui::ReportsPage</name>
    <message>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Street annual report</source>
        <translation>街道年度工作报告</translation>
    </message>
    <message>
        <source>Enterprise year-end file</source>
        <translation>企业年度档案（一企一档）</translation>
    </message>
    <message>
        <source>Quarterly progress</source>
        <translation>季度检查进度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>The clerk&apos;s sections of the annual report</source>
        <translation>年度报告中由经办人填写的部分</translation>
    </message>
    <message>
        <source>Typical problems</source>
        <translation>典型问题</translation>
    </message>
    <message>
        <source>Shortcomings</source>
        <translation>存在不足</translation>
    </message>
    <message>
        <source>Next year&apos;s plan</source>
        <translation>下一步计划</translation>
    </message>
    <message>
        <source>Save texts</source>
        <translation>保存文字</translation>
    </message>
    <message>
        <source>Choose the enterprise from the list.</source>
        <translation>请从列表中选择企业。</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>将报表另存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在生成 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>报表已保存</translation>
    </message>
    <message>
        <source>%1 was saved as %2.</source>
        <translation>%1 已保存为 %2。</translation>
    </message>
</context>
<context>
    <name>sl::ui::ReturnPreviewDialog</name>
    <message>
        <source>Import a return: %1</source>
        <translation>导入报送：%1</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Content or reason</source>
        <translation>内容或原因</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Note as refused</source>
        <translation>登记为退回</translation>
    </message>
    <message>
        <source>Keep a note that this file was refused, so the quarter&apos;s list shows it; nothing of the file is imported.</source>
        <translation>登记此文件已被退回，本季度的列表中会显示；文件中的内容不导入。</translation>
    </message>
    <message>
        <source>The file cannot be imported.</source>
        <translation>该文件无法导入。</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Taken back</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>It corrects the return %1 received earlier for the same quarter: what that file brought and this one no longer has is taken back.</source>
        <translation>它更正了同一季度早先收到的报送 %1：那份文件带来、而本文件已没有的内容将被撤回。</translation>
    </message>
    <message>
        <source>It replaces the return %1 received earlier for the same quarter; what that file brought stays.</source>
        <translation>它替换同一季度早先收到的报送 %1；那份文件带来的内容保留。</translation>
    </message>
</context>
<context>
    <name>sl::ui::ReturnsPage</name>
    <message>
        <source>Refused</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Replaced by a corrected file</source>
        <translation>已被更正文件替换</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Import a return…</source>
        <translation>导入报送…</translation>
    </message>
    <message>
        <source>Check an agency&apos;s filled-in return workbook and import it (Ctrl+I)</source>
        <translation>检查服务机构填好的报送工作簿并导入（Ctrl+I）</translation>
    </message>
    <message>
        <source>Write the return workbook…</source>
        <translation>生成报送工作簿…</translation>
    </message>
    <message>
        <source>The selected agency&apos;s workbook for the quarter, pre-filled, to send to it</source>
        <translation>所选机构本季度的报送工作簿，已预填，发给该机构填写</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>服务机构</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>报送</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Rows imported</source>
        <translation>导入行数</translation>
    </message>
    <message>
        <source>Rows refused</source>
        <translation>拒收行数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>What it did</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Every file received for the quarter</source>
        <translation>本季度收到的全部文件</translation>
    </message>
    <message>
        <source>Not received</source>
        <translation>未报送</translation>
    </message>
    <message>
        <source>%1 of %2 agencies have a return imported for %3 Q%4.</source>
        <translation>%3年第%4季度：%2 家机构中已有 %1 家的报送导入。</translation>
    </message>
    <message>
        <source>Import an agency&apos;s return</source>
        <translation>导入服务机构的报送</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>, %1 rows of the earlier file taken back</source>
        <translation>，撤回上一份文件的 %1 行</translation>
    </message>
    <message>
        <source>%1 rows added</source>
        <translation>新增 %1 行</translation>
    </message>
    <message>
        <source>, %1 kept from the earlier file</source>
        <translation>，沿用上一份文件 %1 行</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>导入人</translation>
    </message>
</context>
<context>
    <name>sl::ui::RiskAssessmentDialog</name>
    <message>
        <source>Risk assessment</source>
        <translation>风险辨识评估</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <source>Assessors (experts)</source>
        <translation>评估人员（专家）</translation>
    </message>
    <message>
        <source>Place or activity</source>
        <translation>风险点（场所/作业活动）</translation>
    </message>
    <message>
        <source>Hazard factors</source>
        <translation>危险有害因素</translation>
    </message>
    <message>
        <source>Accident type</source>
        <translation>事故类型</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>评估方法</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Likelihood (1-5)</source>
        <translation>可能性（1-5）</translation>
    </message>
    <message>
        <source>Severity (1-5)</source>
        <translation>严重程度（1-5）</translation>
    </message>
    <message>
        <source>Control measures</source>
        <translation>管控措施</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Add point</source>
        <translation>添加风险点</translation>
    </message>
    <message>
        <source>Remove point</source>
        <translation>删除风险点</translation>
    </message>
    <message>
        <source>LEC: L 0.1-10, E 0.5-10, C 1-100, D = L × E × C. Risk matrix: likelihood and severity 1-5. The level of each point is computed when the assessment is saved.</source>
        <translation>LEC 法：L 0.1-10，E 0.5-10，C 1-100，D = L × E × C。风险矩阵法：可能性和严重程度 1-5。保存时按评估数据计算每个风险点的风险等级。</translation>
    </message>
    <message>
        <source>Risk point %1: %2 must be a number with at most one decimal.</source>
        <translation>第 %1 个风险点：%2 须为最多一位小数的数字。</translation>
    </message>
    <message>
        <source>Risk point %1: the risk matrix needs a whole likelihood and severity from 1 to 5.</source>
        <translation>第 %1 个风险点：风险矩阵法须填写 1 至 5 的整数可能性和严重程度。</translation>
    </message>
</context>
<context>
    <name>sl::ui::RiskChart</name>
    <message>
        <source>Enterprises by risk level (assessments in force on %1)</source>
        <translation>企业风险等级分布（%1 有效的风险评估）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>sl::ui::ScorecardPage</name>
    <message>
        <source>Add evaluation…</source>
        <translation>添加抽查评价…</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Save sheet as PDF…</source>
        <translation>将考核表另存为 PDF…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>服务机构</translation>
    </message>
    <message>
        <source>Inspections required</source>
        <translation>应检查次数</translation>
    </message>
    <message>
        <source>Inspections done</source>
        <translation>已检查次数</translation>
    </message>
    <message>
        <source>Hazards found</source>
        <translation>发现隐患</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已销号</translation>
    </message>
    <message>
        <source>Rectification rate</source>
        <translation>整改率</translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation>按期整改率</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期未整改</translation>
    </message>
    <message>
        <source>Trainings %</source>
        <translation>培训完成率</translation>
    </message>
    <message>
        <source>Drills %</source>
        <translation>演练完成率</translation>
    </message>
    <message>
        <source>Obligations met</source>
        <translation>履职义务</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>评价意见</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Save scorecard as PDF</source>
        <translation>将考核表另存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Export scorecards</source>
        <translation>导出机构考核表</translation>
    </message>
    <message>
        <source>scorecards-%1.csv</source>
        <translation>scorecards-%1.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <source>Confirm year</source>
        <translation>确认年度</translation>
    </message>
    <message>
        <source>Reopen year…</source>
        <translation>重新打开年度…</translation>
    </message>
    <message>
        <source>Interviews / notices</source>
        <translation>约谈 / 通报</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Rectification rate = hazards closed ÷ hazards found in the year; on-time rate = closed by the (extended) deadline ÷ found. Completion rates count at most the required number per enterprise. Total and grade: the appraisal scheme of Settings applied to these figures; the printed sheet shows every item.</source>
        <translation>整改率 = 已销号隐患 ÷ 本年发现隐患；按期整改率 = 在（延期后的）期限内销号 ÷ 发现。完成率每家企业最多按应完成次数计。总分和等级：按系统设置中的考核评分细则对上述数字计分；打印的考核表列出每一项。</translation>
    </message>
    <message>
        <source>Confirmed on %1 by %2, with the figures as of %3. This appraisal is frozen; reopen the year to score it again.</source>
        <translation>已于 %1 由 %2 确认，统计截至 %3。该考核结果已冻结；如需重新计分，请重新打开该年度。</translation>
    </message>
    <message numerus="yes">
        <source>%n agency(s) would be appraised differently from today&apos;s records and scheme.</source>
        <translation>
            <numerusform>按今天的记录和细则，有 %n 家机构的考核结果会不同。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not confirmed: scored now by the appraisal scheme in force from %1 (Settings).</source>
        <translation>未确认：按 %1 年起施行的考核评分细则（系统设置）即时计分。</translation>
    </message>
    <message>
        <source>No appraisal scheme applies to %1: add a version in Settings.</source>
        <translation>没有适用于 %1 年度的考核评分细则：请在系统设置中添加版本。</translation>
    </message>
    <message>
        <source>Reopened on %1 by %2: %3</source>
        <translation>已于 %1 由 %2 重新打开，原因：%3</translation>
    </message>
    <message numerus="yes">
        <source>Confirm the appraisal of %1? %n agency(s), with the figures as of %2. A confirmed appraisal is frozen: later records or changes to the scheme do not change it.</source>
        <translation>
            <numerusform>确认 %1 年度考核？共 %n 家机构，统计截至 %2。确认后考核结果冻结：以后的记录或细则修改都不会改变它。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>未确认</translation>
    </message>
    <message>
        <source>Reopen year</source>
        <translation>重新打开年度</translation>
    </message>
    <message>
        <source>Why is the appraisal of %1 reopened? The reason is kept with the year, and it is scored again.</source>
        <translation>为什么重新打开 %1 年度考核？原因随该年度保存，并将重新计分。</translation>
    </message>
    <message>
        <source>Not reopened</source>
        <translation>未重新打开</translation>
    </message>
</context>
<context>
    <name>sl::ui::ServerDatabaseDialog</name>
    <message>
        <source>Open a server database</source>
        <translation>打开服务器数据库</translation>
    </message>
    <message>
        <source>the server&apos;s name or address</source>
        <translation>服务器名称或地址</translation>
    </message>
    <message>
        <source>the street&apos;s database, e.g. jinbei</source>
        <translation>街道的数据库，如 jinbei</translation>
    </message>
    <message>
        <source>Server *</source>
        <translation>服务器 *</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>User *</source>
        <translation>用户名 *</translation>
    </message>
    <message>
        <source>Database *</source>
        <translation>数据库 *</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Name the server.</source>
        <translation>请填写服务器。</translation>
    </message>
</context>
<context>
    <name>sl::ui::ServiceKindsBox</name>
    <message>
        <source>Other service kinds</source>
        <translation>其他服务类型</translation>
    </message>
    <message>
        <source>Name of the service kind</source>
        <translation>服务类型名称</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1（已归档）</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>sl::ui::ServiceRecordsPage</name>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Baseline documents…</source>
        <translation>基础资料…</translation>
    </message>
    <message>
        <source>Search enterprise, topic, findings… (Ctrl+F)</source>
        <translation>搜索企业、主题、检查发现…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>服务机构</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Done / required</source>
        <translation>已完成/应完成</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Record inspection…</source>
        <translation>登记安全检查…</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <source>This quarter&apos;s inspections</source>
        <translation>本季度安全检查</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>全部服务机构</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>共 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Void record</source>
        <translation>作废记录</translation>
    </message>
    <message>
        <source>The %1 of %2 stays in the ledger, marked void, and no longer counts. Why is it voided?</source>
        <translation>%2 的%1记录将保留在台账中，标记为作废，不再计入完成情况。请说明作废原因。</translation>
    </message>
    <message>
        <source>Record not voided</source>
        <translation>记录未作废</translation>
    </message>
    <message>
        <source>Risk assessment…</source>
        <translation>风险评估…</translation>
    </message>
    <message>
        <source>Other service…</source>
        <translation>其他服务…</translation>
    </message>
    <message>
        <source>Other services</source>
        <translation>其他服务</translation>
    </message>
    <message>
        <source>Service records %1</source>
        <translation>%1年服务记录</translation>
    </message>
    <message>
        <source>%1: %2 enterprises need an inspection, %3 still without one.</source>
        <translation>%1：%2 家企业须接受安全检查，其中 %3 家尚未检查。</translation>
    </message>
</context>
<context>
    <name>sl::ui::SettingsPage</name>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Street office name (printed on reports)</source>
        <translation>街道办事处名称（打印在报表上）</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1（已归档）</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Enter the street office&apos;s name.</source>
        <translation>请输入街道办事处名称。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>The new language is used from the next start of SafeLedger.</source>
        <translation>新的界面语言将在下次启动 SafeLedger 时生效。</translation>
    </message>
    <message>
        <source>New community</source>
        <translation>新建社区</translation>
    </message>
    <message>
        <source>Name of the community:</source>
        <translation>社区名称：</translation>
    </message>
    <message>
        <source>Rename community</source>
        <translation>重命名社区</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Archive the community &quot;%1&quot;? It stays in the records of its enterprises but is no longer offered for new ones.</source>
        <translation>确定归档社区“%1”吗？该社区仍保留在其所属企业的记录中，但新建企业时将不再可选。</translation>
    </message>
    <message>
        <source>Restore the community &quot;%1&quot;?</source>
        <translation>确定恢复社区“%1”吗？</translation>
    </message>
    <message>
        <source>Archive community</source>
        <translation>归档社区</translation>
    </message>
    <message>
        <source>Restore community</source>
        <translation>恢复社区</translation>
    </message>
    <message>
        <source>Subsidy policy</source>
        <translation>补助政策</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Share per year (yuan)</source>
        <translation>年度补助（元）</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>补助年限</translation>
    </message>
    <message>
        <source>Classes with the share</source>
        <translation>定额补助类型</translation>
    </message>
    <message>
        <source>Classes paid in full</source>
        <translation>全额补助类型</translation>
    </message>
    <message>
        <source>New version…</source>
        <translation>新建版本…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>sl::ui::SubsidiesPage</name>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Confirm year</source>
        <translation>确认年度</translation>
    </message>
    <message>
        <source>Reopen year…</source>
        <translation>重新打开年度…</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Filter lines (Ctrl+F)</source>
        <translation>筛选明细（Ctrl+F）</translation>
    </message>
    <message>
        <source>Confirmed on %1 by %2. These lines are frozen; reopen the year to recompute them.</source>
        <translation>已于 %1 由 %2 确认。以下明细已锁定；如需重新计算，请重新打开年度。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) would come out differently from today&apos;s records.</source>
        <translation>
            <numerusform>按当前记录重新计算，将有 %n 行结果不同。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not confirmed: the lines are computed from the current records.</source>
        <translation>未确认：明细按当前记录计算。</translation>
    </message>
    <message>
        <source>Reopened on %1 by %2: %3</source>
        <translation>已于 %1 由 %2 重新打开，原因：%3</translation>
    </message>
    <message>
        <source>%1 lines. Fees %2 yuan; street share %3 yuan (%4); enterprise share %5 yuan.</source>
        <translation>共 %1 行。服务费 %2 元；街道补助 %3 元（%4）；企业承担 %5 元。</translation>
    </message>
    <message>
        <source>Confirm the subsidies of %1? %2 lines, street share %3 yuan. Confirmed lines are frozen: later changes to enterprises, contracts or the policy do not change them.</source>
        <translation>确认 %1 年度的补助吗？共 %2 行，街道补助 %3 元。确认后明细即锁定：此后对企业、服务合同或补助政策的修改都不会改变已确认的明细。</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>未确认</translation>
    </message>
    <message>
        <source>Reopen year</source>
        <translation>重新打开年度</translation>
    </message>
    <message>
        <source>Why is %1 reopened? The reason is kept with the year, and the lines are computed again.</source>
        <translation>请说明重新打开 %1 年度的原因。原因将随该年度一并保存，明细将重新计算。</translation>
    </message>
    <message>
        <source>Not reopened</source>
        <translation>未重新打开</translation>
    </message>
    <message>
        <source>Export the subsidy list</source>
        <translation>导出补助明细表</translation>
    </message>
    <message>
        <source>subsidies-%1.xlsx</source>
        <translation>subsidies-%1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;PDF document (*.pdf);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;PDF 文档 (*.pdf);;CSV 文件，UTF-8 编码 (*.csv)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
</context>
<context>
    <name>sl::ui::SubsidyLineModel</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>所属社区</translation>
    </message>
    <message>
        <source>Size class</source>
        <translation>规模类型</translation>
    </message>
    <message>
        <source>Service year from</source>
        <translation>服务年度起始</translation>
    </message>
    <message>
        <source>Participation year</source>
        <translation>参与年次</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>服务机构</translation>
    </message>
    <message>
        <source>Fee (yuan)</source>
        <translation>服务费（元）</translation>
    </message>
    <message>
        <source>Street share (yuan)</source>
        <translation>街道补助（元）</translation>
    </message>
    <message>
        <source>Enterprise share (yuan)</source>
        <translation>企业承担（元）</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>计算规则</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>提示</translation>
    </message>
</context>
</TS>
