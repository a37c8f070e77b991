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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for the verbs and options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a verb: init, demo or check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown verb %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was upgraded; the previous version is kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init takes no options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database %1, data version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of enterprises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of years of history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same street.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo takes no file names; use --db FILE before the verb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--enterprises, --years and --seed take whole numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--enterprises must be between 1 and %1, --years between 1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo street with %1 enterprises over %2 years written to %3 in %4 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check takes no options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommunityRepository</name>
    <message>
        <source>Enter the community&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A community name is at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A community named &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The community could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The community could not be renamed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n enterprise(s) still belong to this community. Move or archive them first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The community could not be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditCode</name>
    <message>
        <source>No credit code was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit code has 18 characters; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit code uses only digits and capital letters other than I, O, S, V and Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 (&quot;%2&quot;) cannot appear in a credit code: it uses only digits and capital letters other than I, O, S, V and Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the first 17 characters as entered, the last one would be %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters 9 to 17 (the organisation code) do not agree: with characters 9 to 16 as entered, character 17 would be %1. Compare the code with the business licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last character does not agree with the others: with the first 17 characters as entered, it would be %1. Compare the code with the business licence.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file %1 cannot be read. Check that it exists and that you may open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a SafeLedger database (it is not a database file at all). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for %1 cannot be created. Choose another place for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already open in another SafeLedger program (process %2 on %3). Close that program first; two programs writing one file would lose records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be locked for writing. Check that the folder is writable and that no other program has the file open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is missing, so no database can be opened. Reinstall SafeLedger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). It was left untouched; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a SafeLedger database. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer SafeLedger (data version %2; this program knows up to %3). It was left untouched. Install the newer SafeLedger to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot use its safe write mode (WAL) in this folder. Keep the database on a local disk, not a network share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created, so the database was not upgraded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup could be taken before the upgrade, so the database was not upgraded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed and was undone: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 could not be saved and was undone: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; a backup never overwrites a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data version %1 (current).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data version is %1, but this program expects %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity check: ok.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integrity check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 of table %2 refers to a missing record of table %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links between records: ok.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The demo street needs between 1 and %1 enterprises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo street covers between 1 and %1 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already holds data. The demo street is only loaded into an empty database; create a new file for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo word lists are missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo street could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small &amp; micro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupational-disease hazard relatively heavy or above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industrial unit with insufficient safety management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landlord of rented factories or large market with tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major hazard under listed supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupational hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landlord / market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed major hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relatively heavy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not participating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participating</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnterpriseRepository</name>
    <message>
        <source>The credit code %1 is already registered for &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen community does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen landlord does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a tenant of this enterprise, so it cannot be its landlord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enterprise &quot;%1&quot; could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enterprises could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This enterprise has not been saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enterprise &quot;%1&quot; no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enterprise could not be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnterpriseValidator</name>
    <message>
        <source>Enter the enterprise name as on its business licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name contains invisible control characters; retype it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the code is copied correctly from the licence, tick &quot;Keep this code&quot; and give the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why this code is kept although its check character does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the community the enterprise belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of employees cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An enterprise cannot be its own landlord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The join date %1 is not plausible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field is longer than %1 characters or contains control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes are longer than %1 characters or contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>No amount was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: write digits, optionally a decimal point with one or two digits after it and commas between thousands, for example 2,000.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has commas in the wrong places: commas may only separate groups of three digits, and the decimal point is a full stop, as in 2,000.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than two digits after the decimal point; amounts are counted to the fen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large: at most %2 yuan can be entered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingRepository</name>
    <message>
        <source>Street office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>SafeLedger, the safety-service ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SafeLedger cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sl::ui::EnterpriseDialog</name>
    <message>
        <source>New enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As on the business licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 characters, e.g. 91110000600037341L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit code *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this code although its check character does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason, e.g. checked against the licence original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size class *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupational hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts and payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This credit code is already registered for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the landlord from the list, or (none).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sl::ui::EnterpriseTableModel</name>
    <message>
        <source>%1 (kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept although the check character does not match: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupational hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sl::ui::EnterprisesPage</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New enterprise (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows for Excel (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, credit code, address, contact… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All size classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All target categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 enterprises shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No enterprise selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept despite check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupational hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive &quot;%1&quot;? It leaves the register but keeps all its records, and can be restored at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &quot;%1&quot; to the register?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick &quot;Show archived&quot; to see archived enterprises.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sl::ui::MainWindow</name>
    <message>
        <source>SafeLedger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SafeLedger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 enterprises in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database holds no enterprises yet. Load the demo street (300 synthetic enterprises) to try SafeLedger?

For real work, start from an empty file and add your communities and enterprises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo street not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SafeLedger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SafeLedger %1

The street office&apos;s ledger of socialised safety-production services.

Licensed under the GNU General Public License, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sl::ui::SettingsPage</name>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street office name (printed on reports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the street office&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used from the next start of SafeLedger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the community:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive the community &quot;%1&quot;? It stays in the records of its enterprises but is no longer offered for new ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the community &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore community</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
