<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CliCommands</name>
    <message>
        <source>Usage: %1 [--db FILE] VERB [options]

Verbs:
  init                          create the database or upgrade it; print the data version
  demo [--enterprises N] [--years Y] [--seed S]
                                fill an empty database with a synthetic street
  check                         verify integrity, links and data version

Global options:
  --db FILE                     the database file (default: %2)
  --help                        this text
  --version                     the program&apos;s version

Exit codes: 0 success, 1 a problem was found or the work was refused, 2 wrong usage.
</source>
        <translation>用法：%1 [--db FILE] VERB [options]

命令（VERB）：
  init                          创建数据库或将其升级到最新版本；输出数据版本
  demo [--enterprises N] [--years Y] [--seed S]
                                在空数据库中生成一个虚构的演示街道
  check                         检查数据库完整性、记录间关联和数据版本

全局选项：
  --db FILE                     数据库文件（默认：%2）
  --help                        显示本帮助信息
  --version                     显示程序版本

退出码：0 成功；1 发现问题或操作被拒绝；2 用法错误。
</translation>
    </message>
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
        <source>Name a verb: init, demo or check.</source>
        <translation>请指定命令：init、demo 或 check。</translation>
    </message>
    <message>
        <source>Unknown verb %1.</source>
        <translation>未知命令 %1。</translation>
    </message>
    <message>
        <source>The database was upgraded; the previous version is kept in %1.</source>
        <translation>数据库已升级，升级前的版本保存在 %1。</translation>
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
        <source>%1 is already open in another SafeLedger program (process %2 on %3). Close that program first; two programs writing one file would lose records.</source>
        <translation>%1 已被另一个 SafeLedger 程序打开（计算机 %3 上的进程 %2）。请先关闭该程序；两个程序同时写入同一文件会造成记录丢失。</translation>
    </message>
    <message>
        <source>%1 cannot be locked for writing. Check that the folder is writable and that no other program has the file open.</source>
        <translation>无法锁定 %1 以写入。请确认该文件夹可写，并且没有其他程序打开该文件。</translation>
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
        <source>The backup folder %1 cannot be created, so the database was not upgraded.</source>
        <translation>无法创建备份文件夹 %1，因此数据库未升级。</translation>
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
    <name>SettingRepository</name>
    <message>
        <source>Street office</source>
        <translation>街道办事处</translation>
    </message>
    <message>
        <source>The setting could not be saved: %1</source>
        <translation>设置未能保存：%1</translation>
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
        <source>Fields marked * are required.</source>
        <translation>带 * 的为必填项。</translation>
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
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>New enterprise (Ctrl+N)</source>
        <translation>新建企业（Ctrl+N）</translation>
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
        <source>Show archived</source>
        <translation>显示已归档</translation>
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
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Tick &quot;Show archived&quot; to see archived enterprises.</source>
        <translation>勾选“显示已归档”即可查看已归档的企业。</translation>
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
</context>
</TS>
