<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AuthorisedChanges</name>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
    <message>
        <source>the mandate&apos;s validity ended</source>
        <translation>the mandate&apos;s validity ended</translation>
    </message>
    <message>
        <source>the dossier was deleted</source>
        <translation>the dossier was deleted</translation>
    </message>
    <message>
        <source>the number was removed from the dossier</source>
        <translation>the number was removed from the dossier</translation>
    </message>
    <message>
        <source>the dossier&apos;s client changed</source>
        <translation>the dossier&apos;s client changed</translation>
    </message>
    <message>
        <source>the mandate is not valid yet on that day</source>
        <translation>the mandate is not valid yet on that day</translation>
    </message>
    <message>
        <source>the mandate is now &quot;%1&quot;</source>
        <translation>the mandate is now &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the mandate is no longer valid</source>
        <translation>the mandate is no longer valid</translation>
    </message>
</context>
<context>
    <name>AuthorisedListExport</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>E.164</source>
        <translation>E.164</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandate</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Validated on</source>
        <translation>Validated on</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Other valid mandates</source>
        <translation>Other valid mandates</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation>%1 (until %2)</translation>
    </message>
    <message>
        <source>Numbers authorised for presentation on %1</source>
        <translation>Numbers authorised for presentation on %1</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>Provider: %1</translation>
    </message>
    <message numerus="yes">
        <source>The numbers of the valid mandates, per client (ARCEP decision 2025-2215): the provider may present these numbers and no other. %n number(s) of %1 client(s). A number under several valid mandates is listed once, with the one that lasts longest.</source>
        <translation>
            <numerusform>The numbers of the valid mandates, per client (ARCEP decision 2025-2215): the provider may present these numbers and no other. %n number of %1 client. A number under several valid mandates is listed once, with the one that lasts longest.</numerusform>
            <numerusform>The numbers of the valid mandates, per client (ARCEP decision 2025-2215): the provider may present these numbers and no other. %n numbers of %1 clients. A number under several valid mandates is listed once, with the one that lasts longest.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (SIREN %2)</source>
        <translation>%1 (SIREN %2)</translation>
    </message>
    <message numerus="yes">
        <source>(also under %n other valid mandate(s))</source>
        <translation>
            <numerusform>(also under %n other valid mandate)</numerusform>
            <numerusform>(also under %n other valid mandates)</numerusform>
        </translation>
    </message>
    <message>
        <source>No valid mandate on that day: no number may be presented.</source>
        <translation>No valid mandate on that day: no number may be presented.</translation>
    </message>
    <message>
        <source>Changes since the last list</source>
        <translation>Changes since the last list</translation>
    </message>
    <message>
        <source>No list was exported before: every number is new.</source>
        <translation>No list was exported before: every number is new.</translation>
    </message>
    <message>
        <source>Compared with the list for %1, exported on %2.</source>
        <translation>Compared with the list for %1, exported on %2.</translation>
    </message>
    <message numerus="yes">
        <source>Added: %n number(s)</source>
        <translation>
            <numerusform>Added: %n number</numerusform>
            <numerusform>Added: %n numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expired: %n number(s), to block</source>
        <translation>
            <numerusform>Expired: %n number, to block</numerusform>
            <numerusform>Expired: %n numbers, to block</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked: %n number(s), to block</source>
        <translation>
            <numerusform>Revoked: %n number, to block</numerusform>
            <numerusform>Revoked: %n numbers, to block</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>The PDF could not be written to %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The list was written to %1, but could not be kept as the reference for the next export: %2</source>
        <translation>The list was written to %1, but could not be kept as the reference for the next export: %2</translation>
    </message>
</context>
<context>
    <name>BlobStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the document folder %1.</source>
        <translation>Cannot create the document folder %1.</translation>
    </message>
    <message>
        <source>Cannot store the document: %1</source>
        <translation>Cannot store the document: %1</translation>
    </message>
    <message>
        <source>The stored document %1 is missing: %2</source>
        <translation>The stored document %1 is missing: %2</translation>
    </message>
    <message>
        <source>Cannot remove the stored document: %1</source>
        <translation>Cannot remove the stored document: %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run mandatdesk-cli --help for the commands.</source>
        <translation>Run mandatdesk-cli --help for the commands.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>The option %1 needs a value.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unknown option %1.</translation>
    </message>
    <message>
        <source>--today takes a date written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--today takes a date written YYYY-MM-DD, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give at least one number to classify.</source>
        <translation>Give at least one number to classify.</translation>
    </message>
    <message>
        <source>Use: company check-siren SIREN</source>
        <translation>Use: company check-siren SIREN</translation>
    </message>
    <message>
        <source>%1 is a valid %2. SIREN %3, VAT number %4.
</source>
        <translation>%1 is a valid %2. SIREN %3, VAT number %4.
</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unexpected argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>dossier create needs --name, --client-name, --siren and at least one --number.</source>
        <translation>dossier create needs --name, --client-name, --siren and at least one --number.</translation>
    </message>
    <message>
        <source>--use is &quot;agents&quot; or &quot;automated&quot;, not &quot;%1&quot;.</source>
        <translation>--use is &quot;agents&quot; or &quot;automated&quot;, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Dossier created: %1 (%2)
</source>
        <translation>Dossier created: %1 (%2)
</translation>
    </message>
    <message>
        <source>dossier list takes no argument.</source>
        <translation>dossier list takes no argument.</translation>
    </message>
    <message>
        <source>No dossier yet.
</source>
        <translation>No dossier yet.
</translation>
    </message>
    <message>
        <source>Use: dossier show ID</source>
        <translation>Use: dossier show ID</translation>
    </message>
    <message>
        <source>Use: dossier set-status ID STATUS [--reason R] [--on YYYY-MM-DD]</source>
        <translation>Use: dossier set-status ID STATUS [--reason R] [--on YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;; use not_submitted, queued, under_review, rejected, valid or expired.</source>
        <translation>Unknown status &quot;%1&quot;; use not_submitted, queued, under_review, rejected, valid or expired.</translation>
    </message>
    <message>
        <source>--on takes a date written YYYY-MM-DD.</source>
        <translation>--on takes a date written YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1 is now &quot;%2&quot;.
</source>
        <translation>%1 is now &quot;%2&quot;.
</translation>
    </message>
    <message>
        <source>Use: dossier renew ID</source>
        <translation>Use: dossier renew ID</translation>
    </message>
    <message>
        <source>Renewal created: %1
</source>
        <translation>Renewal created: %1
</translation>
    </message>
    <message>
        <source>  [blocking] %1
</source>
        <translation>  [blocking] %1
</translation>
    </message>
    <message>
        <source>  [warning]  %1
</source>
        <translation>  [warning]  %1
</translation>
    </message>
    <message>
        <source>--kind is kbis, invoice or mandate, not &quot;%1&quot;.</source>
        <translation>--kind is kbis, invoice or mandate, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--date takes a date written YYYY-MM-DD.</source>
        <translation>--date takes a date written YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--max-size takes a number of megabytes.</source>
        <translation>--max-size takes a number of megabytes.</translation>
    </message>
    <message>
        <source>Cannot open %1: no such file.</source>
        <translation>Cannot open %1: no such file.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3
</source>
        <translation>%1 (%2): %3
</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blocked</translation>
    </message>
    <message>
        <source>  date %1 — &quot;%2&quot;
</source>
        <translation>  date %1 — &quot;%2&quot;
</translation>
    </message>
    <message>
        <source>Use: dossier add-document ID --kind kbis|invoice|mandate|filled_mandate FILE</source>
        <translation>Use: dossier add-document ID --kind kbis|invoice|mandate|filled_mandate FILE</translation>
    </message>
    <message>
        <source>Document added: %1 (%2)
</source>
        <translation>Document added: %1 (%2)
</translation>
    </message>
    <message>
        <source>Use: dossier check ID [--on YYYY-MM-DD]</source>
        <translation>Use: dossier check ID [--on YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>%1: ready to submit.
</source>
        <translation>%1: ready to submit.
</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n blocking problem(s).
</source>
        <translation>
            <numerusform>%1: %n blocking problem.
</numerusform>
            <numerusform>%1: %n blocking problems.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: dossier set-date DOCUMENT_ID YYYY-MM-DD</source>
        <translation>Use: dossier set-date DOCUMENT_ID YYYY-MM-DD</translation>
    </message>
    <message>
        <source>The date is written YYYY-MM-DD.</source>
        <translation>The date is written YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>No document has the id %1.</source>
        <translation>No document has the id %1.</translation>
    </message>
    <message>
        <source>Date recorded as entered by hand.
</source>
        <translation>Date recorded as entered by hand.
</translation>
    </message>
    <message>
        <source>Signature and stamp confirmed.
</source>
        <translation>Signature and stamp confirmed.
</translation>
    </message>
    <message>
        <source>company set-provider needs --name and --siren.</source>
        <translation>company set-provider needs --name and --siren.</translation>
    </message>
    <message>
        <source>Your company: %1
</source>
        <translation>Your company: %1
</translation>
    </message>
    <message>
        <source>Use: template fields FILE, or template map FILE [--set FIELD=KEY ...] [--save]</source>
        <translation>Use: template fields FILE, or template map FILE [--set FIELD=KEY ...] [--save]</translation>
    </message>
    <message>
        <source>The PDF has no form field.
</source>
        <translation>The PDF has no form field.
</translation>
    </message>
    <message>
        <source>Use: fill ID [--template FILE] --out OUT.pdf</source>
        <translation>Use: fill ID [--template FILE] --out OUT.pdf</translation>
    </message>
    <message>
        <source>--%1 takes a date written YYYY-MM-DD.</source>
        <translation>--%1 takes a date written YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Mandate filled: %1
</source>
        <translation>Mandate filled: %1
</translation>
    </message>
    <message>
        <source>  empty: %1
</source>
        <translation>  empty: %1
</translation>
    </message>
    <message>
        <source>Use: template place FILE --set KEY=PAGE,X,Y[,SIZE] ...</source>
        <translation>Use: template place FILE --set KEY=PAGE,X,Y[,SIZE] ...</translation>
    </message>
    <message>
        <source>%1 is not a PDF.</source>
        <translation>%1 is not a PDF.</translation>
    </message>
    <message>
        <source>A placement is written KEY=PAGE,X,Y[,SIZE] in points from the top left, not &quot;%1&quot;.</source>
        <translation>A placement is written KEY=PAGE,X,Y[,SIZE] in points from the top left, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Use: template map FILE [--set FIELD=KEY ...] [--save]</source>
        <translation>Use: template map FILE [--set FIELD=KEY ...] [--save]</translation>
    </message>
    <message>
        <source>Use: print ID --to-pdf OUT.pdf [--dpi N] [--document DOCUMENT_ID]</source>
        <translation>Use: print ID --to-pdf OUT.pdf [--dpi N] [--document DOCUMENT_ID]</translation>
    </message>
    <message>
        <source>--dpi takes a resolution from 72 to 1200.</source>
        <translation>--dpi takes a resolution from 72 to 1200.</translation>
    </message>
    <message>
        <source>No document of this dossier has the id %1.</source>
        <translation>No document of this dossier has the id %1.</translation>
    </message>
    <message>
        <source>The dossier has no document to print.</source>
        <translation>The dossier has no document to print.</translation>
    </message>
    <message numerus="yes">
        <source>Printed to %1: %n page(s)
</source>
        <translation>
            <numerusform>Printed to %1: %n page
</numerusform>
            <numerusform>Printed to %1: %n pages
</numerusform>
        </translation>
    </message>
    <message>
        <source>The dossier has no document to export.</source>
        <translation>The dossier has no document to export.</translation>
    </message>
    <message>
        <source>Exported to %1
</source>
        <translation>Exported to %1
</translation>
    </message>
    <message>
        <source>No portal yet: run portal login URL first.</source>
        <translation>No portal yet: run portal login URL first.</translation>
    </message>
    <message>
        <source>Not logged in to the portal (no keychain keeps the session on this computer): give the password on the standard input with --password-stdin.</source>
        <translation>Not logged in to the portal (no keychain keeps the session on this computer): give the password on the standard input with --password-stdin.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 holds no PEM certificate.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>Logged in to %1 as %2.
</source>
        <translation>Logged in to %1 as %2.
</translation>
    </message>
    <message>
        <source>Portal: %1 (%2)
</source>
        <translation>Portal: %1 (%2)
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Use: submit ID [--password-stdin]</source>
        <translation>Use: submit ID [--password-stdin]</translation>
    </message>
    <message>
        <source>The portal&apos;s mandate template is kept for offline use (%1).
</source>
        <translation>The portal&apos;s mandate template is kept for offline use (%1).
</translation>
    </message>
    <message>
        <source>Queued: it will be sent at the next sync. (%1)</source>
        <translation>Queued: it will be sent at the next sync. (%1)</translation>
    </message>
    <message>
        <source>The portal&apos;s template is not kept here yet: run portal template first.</source>
        <translation>The portal&apos;s template is not kept here yet: run portal template first.</translation>
    </message>
    <message>
        <source>The portal&apos;s pinned authority would change (now %1, new %2). If you trust the new one, log in again with --accept-new-ca.</source>
        <translation>The portal&apos;s pinned authority would change (now %1, new %2). If you trust the new one, log in again with --accept-new-ca.</translation>
    </message>
    <message>
        <source>Use: export ID... --out FILE.zip</source>
        <translation>Use: export ID... --out FILE.zip</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) exported to %1 (%2 files, %3 bytes).
</source>
        <translation>
            <numerusform>%n dossier exported to %1 (%2 files, %3 bytes).
</numerusform>
            <numerusform>%n dossiers exported to %1 (%2 files, %3 bytes).
</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: import FILE.zip [--replace]</source>
        <translation>Use: import FILE.zip [--replace]</translation>
    </message>
    <message>
        <source>imported: %1 (%2)
</source>
        <translation>imported: %1 (%2)
</translation>
    </message>
    <message>
        <source>replaced: %1 (%2)
</source>
        <translation>replaced: %1 (%2)
</translation>
    </message>
    <message>
        <source>left unchanged, already in this profile: %1 (%2); --replace replaces it
</source>
        <translation>left unchanged, already in this profile: %1 (%2); --replace replaces it
</translation>
    </message>
    <message>
        <source>Use: import-csv FILE [--mapping FILE] [--report FILE] [--dry-run]</source>
        <translation>Use: import-csv FILE [--mapping FILE] [--report FILE] [--dry-run]</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 is not a JSON object: %2</translation>
    </message>
    <message>
        <source>The columns could not all be recognised. %1 Give a mapping with --mapping FILE, e.g. %2</source>
        <translation>The columns could not all be recognised. %1 Give a mapping with --mapping FILE, e.g. %2</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) checked (nothing written): </source>
        <translation>
            <numerusform>%n row checked (nothing written): </numerusform>
            <numerusform>%n rows checked (nothing written): </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) imported. </source>
        <translation>
            <numerusform>%n dossier imported. </numerusform>
            <numerusform>%n dossiers imported. </numerusform>
        </translation>
    </message>
    <message>
        <source>  line %1: %2
</source>
        <translation>  line %1: %2
</translation>
    </message>
    <message>
        <source>Use: dossier confirm-signature DOCUMENT_ID [--withdraw]</source>
        <translation>Use: dossier confirm-signature DOCUMENT_ID [--withdraw]</translation>
    </message>
    <message>
        <source>Confirmation withdrawn.
</source>
        <translation>Confirmation withdrawn.
</translation>
    </message>
    <message>
        <source>Mandate filled and flattened: %1
</source>
        <translation>Mandate filled and flattened: %1
</translation>
    </message>
    <message>
        <source>Use: export-pdf ID --out OUT.pdf [--flatten]</source>
        <translation>Use: export-pdf ID --out OUT.pdf [--flatten]</translation>
    </message>
    <message>
        <source>The portal&apos;s pinned authority (%1) would be dropped: any authority this computer trusts would be accepted. If you mean it, log in again with --accept-new-ca.</source>
        <translation>The portal&apos;s pinned authority (%1) would be dropped: any authority this computer trusts would be accepted. If you mean it, log in again with --accept-new-ca.</translation>
    </message>
    <message>
        <source>--ca, --pin-key and --drop-ca exclude each other.</source>
        <translation>--ca, --pin-key and --drop-ca exclude each other.</translation>
    </message>
    <message>
        <source>The portal&apos;s pinned server key (%1) would be dropped: any authority this computer trusts would be accepted. If you mean it, log in again with --accept-new-ca.</source>
        <translation>The portal&apos;s pinned server key (%1) would be dropped: any authority this computer trusts would be accepted. If you mean it, log in again with --accept-new-ca.</translation>
    </message>
    <message>
        <source>The portal&apos;s pinned certificate would change (now %1, new %2). If you trust the new one, log in again with --accept-new-ca.</source>
        <translation>The portal&apos;s pinned certificate would change (now %1, new %2). If you trust the new one, log in again with --accept-new-ca.</translation>
    </message>
    <message>
        <source>Use: check FILE... --kind kbis|invoice|mandate [--siren S] [--client-name NAME] [--number N ...]</source>
        <translation>Use: check FILE... --kind kbis|invoice|mandate [--siren S] [--client-name NAME] [--number N ...]</translation>
    </message>
    <message>
        <source>Use: numbers classify [--on YYYY-MM-DD] NUMBER... | numbers authorised [--on YYYY-MM-DD] [--record]</source>
        <translation>Use: numbers classify [--on YYYY-MM-DD] NUMBER... | numbers authorised [--on YYYY-MM-DD] [--record]</translation>
    </message>
    <message numerus="yes">
        <source>Numbers you may present on %1 (valid mandates, ARCEP decision 2025-2215): %n number(s)</source>
        <translation>
            <numerusform>Numbers you may present on %1 (valid mandates, ARCEP decision 2025-2215): %n number</numerusform>
            <numerusform>Numbers you may present on %1 (valid mandates, ARCEP decision 2025-2215): %n numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n client(s).
</source>
        <translation>
            <numerusform>, %n client.
</numerusform>
            <numerusform>, %n clients.
</numerusform>
        </translation>
    </message>
    <message>
        <source>A number under several valid mandates of its client is listed once, with the one that lasts longest.
</source>
        <translation>A number under several valid mandates of its client is listed once, with the one that lasts longest.
</translation>
    </message>
    <message>
        <source>%1 (SIREN %2)</source>
        <translation>%1 (SIREN %2)</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 until %2</translation>
    </message>
    <message>
        <source>      also valid under: %1
</source>
        <translation>      also valid under: %1
</translation>
    </message>
    <message>
        <source>Changes since the list for %1 recorded on %2:
</source>
        <translation>Changes since the list for %1 recorded on %2:
</translation>
    </message>
    <message>
        <source>No list recorded before: every number is added.
</source>
        <translation>No list recorded before: every number is added.
</translation>
    </message>
    <message>
        <source>Recorded: the next changes count from this list.
</source>
        <translation>Recorded: the next changes count from this list.
</translation>
    </message>
    <message>
        <source>%1 (%2, separator &quot;%3&quot;).
</source>
        <translation>%1 (%2, separator &quot;%3&quot;).
</translation>
    </message>
    <message>
        <source>Use: dossier create|list|show|set-status|renew|add-document|check|set-date|confirm-signature|move-document ...</source>
        <translation>Use: dossier create|list|show|set-status|renew|add-document|check|set-date|confirm-signature|move-document ...</translation>
    </message>
    <message>
        <source>Use: dossier move-document DOCUMENT_ID --kind kbis|invoice|mandate</source>
        <translation>Use: dossier move-document DOCUMENT_ID --kind kbis|invoice|mandate</translation>
    </message>
    <message>
        <source>Document moved to: %1.
</source>
        <translation>Document moved to: %1.
</translation>
    </message>
    <message>
        <source>Usage: mandatdesk-cli [--profile DIR] [--json] [--today YYYY-MM-DD] [--lang fr|en] COMMAND ...

Commands:
  numbers classify [--on YYYY-MM-DD] NUMBER...   category and permissions of each number
  numbers authorised [--on YYYY-MM-DD] [--record]   the numbers you may present, per client (valid
        mandates, ARCEP decision 2025-2215), and what changed since the last recorded list;
        --record: this list becomes the reference the next changes count from
  company check-siren SIREN|SIRET     check a SIREN or SIRET, give the VAT number
  dossier create --name N --client-name C --siren S --number NUM [--number NUM ...]
                 [--use agents|automated] [--legal-form F] [--capital C] [--address A]
                 [--rcs-city V] [--representative R] [--representative-title T]
  dossier list                        every dossier of the profile
  dossier show ID                     one dossier, its history and documents
  dossier set-status ID STATUS [--reason R] [--on YYYY-MM-DD]
        STATUS: not_submitted, queued, under_review, rejected, valid, expired
  dossier renew ID                    a new dossier renewing a valid or expired one
  dossier add-document ID --kind kbis|invoice|mandate|filled_mandate FILE
  dossier check ID [--on YYYY-MM-DD]  the readiness report: what blocks, what warns
  dossier set-date DOCUMENT_ID YYYY-MM-DD   the document&apos;s date, entered by hand
  dossier confirm-signature DOCUMENT_ID [--withdraw]   the scan bears signature and stamp
  dossier conflicts                   dossiers changed here and by another seat, field by field
  dossier resolve ID --take mine|theirs|FIELD=mine|theirs ...   keep each field from one side
  dossier move-document DOCUMENT_ID --kind kbis|invoice|mandate   a document added in the wrong slot
  check FILE... --kind kbis|invoice|mandate [--siren S] [--number N ...] [--on YYYY-MM-DD]
        [--date YYYY-MM-DD] [--signature-confirmed] [--max-size MB] [--client-name NAME]
        (--siren and --client-name: the client an invoice must be made out to)
  company set-provider --name N --siren S [--legal-form F] [--capital C] [--address A]
        [--rcs-city V] [--representative R] [--representative-title T]   your own company
  template fields FILE                the form fields of a PDF template
  template map FILE [--set FIELD=KEY ...] [--save]   which dossier value each field takes
  template place FILE --set KEY=PAGE,X,Y[,SIZE] ...  where values go on a template without fields
  print ID --to-pdf OUT.pdf [--dpi N] [--document DOCUMENT_ID]   print the dossier (or one document)
  export-pdf ID --out OUT.pdf [--flatten]   the dossier&apos;s PDF documents merged, fillable as they are
        --flatten: the form values drawn into the pages, no field left (to print or send)
  portal login URL [--user U] [--ca FILE | --pin-key FILE | --drop-ca] [--accept-new-ca]   the operator&apos;s portal (password on stdin)
        --ca: trust that authority alone; --pin-key: trust only the key of that server certificate
  portal status                       the portal, and what waits to be sent
  portal share-drafts [at-once|at-submission]   the team sees drafts at once, or from submission
  portal template [--password-stdin]  keep the operator&apos;s blank mandate (fill --template portal)
  submit ID [--password-stdin]        submit for verification (queued first, sent when possible)
  sync [--password-stdin] [--retry-now]   send what waits, receive the portal&apos;s decisions
  fill ID [--template FILE] --out OUT.pdf [--place P] [--date YYYY-MM-DD] [--start YYYY-MM-DD]
        [--flatten]   the mandate filled; --flatten: the values drawn into the page, no field left
  export ID... --out FILE.zip         dossiers, history and documents in one archive
  import FILE.zip [--replace]         an archive, checked whole first; present dossiers kept unless --replace
  import-csv FILE [--mapping FILE] [--report FILE] [--dry-run]   client dossiers from a spreadsheet

Exit codes: 0 done, 1 something blocks, 2 usage error or unreadable input.
</source>
        <translation>Usage: mandatdesk-cli [--profile DIR] [--json] [--today YYYY-MM-DD] [--lang fr|en] COMMAND ...

Commands:
  numbers classify [--on YYYY-MM-DD] NUMBER...   category and permissions of each number
  numbers authorised [--on YYYY-MM-DD] [--record]   the numbers you may present, per client (valid
        mandates, ARCEP decision 2025-2215), and what changed since the last recorded list;
        --record: this list becomes the reference the next changes count from
  company check-siren SIREN|SIRET     check a SIREN or SIRET, give the VAT number
  dossier create --name N --client-name C --siren S --number NUM [--number NUM ...]
                 [--use agents|automated] [--legal-form F] [--capital C] [--address A]
                 [--rcs-city V] [--representative R] [--representative-title T]
  dossier list                        every dossier of the profile
  dossier show ID                     one dossier, its history and documents
  dossier set-status ID STATUS [--reason R] [--on YYYY-MM-DD]
        STATUS: not_submitted, queued, under_review, rejected, valid, expired
  dossier renew ID                    a new dossier renewing a valid or expired one
  dossier add-document ID --kind kbis|invoice|mandate|filled_mandate FILE
  dossier check ID [--on YYYY-MM-DD]  the readiness report: what blocks, what warns
  dossier set-date DOCUMENT_ID YYYY-MM-DD   the document&apos;s date, entered by hand
  dossier confirm-signature DOCUMENT_ID [--withdraw]   the scan bears signature and stamp
  dossier conflicts                   dossiers changed here and by another seat, field by field
  dossier resolve ID --take mine|theirs|FIELD=mine|theirs ...   keep each field from one side
  dossier move-document DOCUMENT_ID --kind kbis|invoice|mandate   a document added in the wrong slot
  check FILE... --kind kbis|invoice|mandate [--siren S] [--number N ...] [--on YYYY-MM-DD]
        [--date YYYY-MM-DD] [--signature-confirmed] [--max-size MB] [--client-name NAME]
        (--siren and --client-name: the client an invoice must be made out to)
  company set-provider --name N --siren S [--legal-form F] [--capital C] [--address A]
        [--rcs-city V] [--representative R] [--representative-title T]   your own company
  template fields FILE                the form fields of a PDF template
  template map FILE [--set FIELD=KEY ...] [--save]   which dossier value each field takes
  template place FILE --set KEY=PAGE,X,Y[,SIZE] ...  where values go on a template without fields
  print ID --to-pdf OUT.pdf [--dpi N] [--document DOCUMENT_ID]   print the dossier (or one document)
  export-pdf ID --out OUT.pdf [--flatten]   the dossier&apos;s PDF documents merged, fillable as they are
        --flatten: the form values drawn into the pages, no field left (to print or send)
  portal login URL [--user U] [--ca FILE | --pin-key FILE | --drop-ca] [--accept-new-ca]   the operator&apos;s portal (password on stdin)
        --ca: trust that authority alone; --pin-key: trust only the key of that server certificate
  portal status                       the portal, and what waits to be sent
  portal share-drafts [at-once|at-submission]   the team sees drafts at once, or from submission
  portal template [--password-stdin]  keep the operator&apos;s blank mandate (fill --template portal)
  submit ID [--password-stdin]        submit for verification (queued first, sent when possible)
  sync [--password-stdin] [--retry-now]   send what waits, receive the portal&apos;s decisions
  fill ID [--template FILE] --out OUT.pdf [--place P] [--date YYYY-MM-DD] [--start YYYY-MM-DD]
        [--flatten]   the mandate filled; --flatten: the values drawn into the page, no field left
  export ID... --out FILE.zip         dossiers, history and documents in one archive
  import FILE.zip [--replace]         an archive, checked whole first; present dossiers kept unless --replace
  import-csv FILE [--mapping FILE] [--report FILE] [--dry-run]   client dossiers from a spreadsheet

Exit codes: 0 done, 1 something blocks, 2 usage error or unreadable input.
</translation>
    </message>
    <message>
        <source>Use: portal login URL [--user U] [--ca FILE | --pin-key FILE | --drop-ca] [--accept-new-ca], portal template [--password-stdin], portal share-drafts [at-once|at-submission], or portal status</source>
        <translation>Use: portal login URL [--user U] [--ca FILE | --pin-key FILE | --drop-ca] [--accept-new-ca], portal template [--password-stdin], portal share-drafts [at-once|at-submission], or portal status</translation>
    </message>
    <message>
        <source>Use: dossier conflicts</source>
        <translation>Use: dossier conflicts</translation>
    </message>
    <message>
        <source>%1  %2 — the portal&apos;s version %3, by %4:
</source>
        <translation>%1  %2 — the portal&apos;s version %3, by %4:
</translation>
    </message>
    <message>
        <source>    %1: mine &quot;%2&quot;, theirs &quot;%3&quot;
</source>
        <translation>    %1: mine &quot;%2&quot;, theirs &quot;%3&quot;
</translation>
    </message>
    <message>
        <source>No conflict with the portal.
</source>
        <translation>No conflict with the portal.
</translation>
    </message>
    <message>
        <source>Use: dossier resolve ID --take mine|theirs|FIELD=mine|theirs [--take ...]</source>
        <translation>Use: dossier resolve ID --take mine|theirs|FIELD=mine|theirs [--take ...]</translation>
    </message>
    <message>
        <source>%1: resolved; the next sync shares it.
</source>
        <translation>%1: resolved; the next sync shares it.
</translation>
    </message>
    <message>
        <source>Use: portal share-drafts [at-once|at-submission]</source>
        <translation>Use: portal share-drafts [at-once|at-submission]</translation>
    </message>
    <message>
        <source>The setting could not be saved.</source>
        <translation>The setting could not be saved.</translation>
    </message>
    <message>
        <source>Drafts are shared with the team at the next sync.
</source>
        <translation>Drafts are shared with the team at the next sync.
</translation>
    </message>
    <message>
        <source>Drafts stay on this desktop until they are submitted.
</source>
        <translation>Drafts stay on this desktop until they are submitted.
</translation>
    </message>
</context>
<context>
    <name>CompanyIdentifier</name>
    <message>
        <source>No SIREN given.</source>
        <translation>No SIREN given.</translation>
    </message>
    <message>
        <source>A SIREN has digits only: &quot;%1&quot; is not one.</source>
        <translation>A SIREN has digits only: &quot;%1&quot; is not one.</translation>
    </message>
    <message>
        <source>SIREN %1 fails its check digit (Luhn): a digit is probably mistyped.</source>
        <translation>SIREN %1 fails its check digit (Luhn): a digit is probably mistyped.</translation>
    </message>
    <message>
        <source>SIRET %1 fails its check digit: a digit is probably mistyped.</source>
        <translation>SIRET %1 fails its check digit: a digit is probably mistyped.</translation>
    </message>
    <message numerus="yes">
        <source>A SIREN has 9 digits and a SIRET 14; &quot;%1&quot; has %n digit(s).</source>
        <translation>
            <numerusform>A SIREN has 9 digits and a SIRET 14; &quot;%1&quot; has %n digit.</numerusform>
            <numerusform>A SIREN has 9 digits and a SIRET 14; &quot;%1&quot; has %n digits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Choose what to keep</source>
        <translation>Choose what to keep</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>All from this &amp;computer</source>
        <translation>All from this &amp;computer</translation>
    </message>
    <message>
        <source>Keep every field as on this computer</source>
        <translation>Keep every field as on this computer</translation>
    </message>
    <message>
        <source>All from the &amp;portal</source>
        <translation>All from the &amp;portal</translation>
    </message>
    <message>
        <source>Take every field as on the portal</source>
        <translation>Take every field as on the portal</translation>
    </message>
    <message>
        <source>Fields left to choose</source>
        <translation>Fields left to choose</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Dossier name</source>
        <translation>Dossier name</translation>
    </message>
    <message>
        <source>Client&apos;s legal name</source>
        <translation>Client&apos;s legal name</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <source>Share capital</source>
        <translation>Share capital</translation>
    </message>
    <message>
        <source>Registered office</source>
        <translation>Registered office</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>RCS city</source>
        <translation>RCS city</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Representative</translation>
    </message>
    <message>
        <source>Representative&apos;s title</source>
        <translation>Representative&apos;s title</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numbers</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Use</translation>
    </message>
    <message>
        <source>Calls by agents</source>
        <translation>Calls by agents</translation>
    </message>
    <message>
        <source>Automated calls</source>
        <translation>Automated calls</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>another seat</source>
        <translation>another seat</translation>
    </message>
    <message>
        <source>Changed on the portal by %1 (version %2) while this desktop changed it too: nothing was overwritten. Portal&apos;s version: %3. This desktop&apos;s version: %4.</source>
        <translation>Changed on the portal by %1 (version %2) while this desktop changed it too: nothing was overwritten. Portal&apos;s version: %3. This desktop&apos;s version: %4.</translation>
    </message>
    <message>
        <source>This dossier has no conflict with the portal.</source>
        <translation>This dossier has no conflict with the portal.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;; the fields are: %2.</source>
        <translation>Unknown field &quot;%1&quot;; the fields are: %2.</translation>
    </message>
    <message>
        <source>Say which side to take for: %1.</source>
        <translation>Say which side to take for: %1.</translation>
    </message>
    <message>
        <source>Conflict resolved on this desktop.</source>
        <translation>Conflict resolved on this desktop.</translation>
    </message>
    <message>
        <source>Taken from the portal&apos;s version (%1, version %2): %3.</source>
        <translation>Taken from the portal&apos;s version (%1, version %2): %3.</translation>
    </message>
    <message>
        <source>Kept from this desktop: %1.</source>
        <translation>Kept from this desktop: %1.</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>(ignored)</source>
        <translation>(ignored)</translation>
    </message>
    <message>
        <source>Dossier name</source>
        <translation>Dossier name</translation>
    </message>
    <message>
        <source>Client company</source>
        <translation>Client company</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <source>SIREN or SIRET</source>
        <translation>SIREN or SIRET</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>RCS city</source>
        <translation>RCS city</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Representative</translation>
    </message>
    <message>
        <source>Representative&apos;s title</source>
        <translation>Representative&apos;s title</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numbers</translation>
    </message>
    <message>
        <source>Use (agents or automated)</source>
        <translation>Use (agents or automated)</translation>
    </message>
    <message>
        <source>The mapping names a column the file does not have: &quot;%1&quot;.</source>
        <translation>The mapping names a column the file does not have: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field; use one of: %2.</source>
        <translation>&quot;%1&quot; is not a field; use one of: %2.</translation>
    </message>
    <message>
        <source>Map a column to: %1.</source>
        <translation>Map a column to: %1.</translation>
    </message>
    <message>
        <source>line;status;dossier;reasons</source>
        <translation>line;status;dossier;reasons</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>invalid</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicate</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 fields where the header has %2</translation>
    </message>
    <message>
        <source>no client company name</source>
        <translation>no client company name</translation>
    </message>
    <message>
        <source>no SIREN</source>
        <translation>no SIREN</translation>
    </message>
    <message>
        <source>use &quot;%1&quot;: write agents or automated</source>
        <translation>use &quot;%1&quot;: write agents or automated</translation>
    </message>
    <message>
        <source>no number</source>
        <translation>no number</translation>
    </message>
    <message>
        <source>same client and numbers as line %1</source>
        <translation>same client and numbers as line %1</translation>
    </message>
    <message>
        <source>already in this profile: &quot;%1&quot;</source>
        <translation>already in this profile: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>number %1 is also on line %2</source>
        <translation>number %1 is also on line %2</translation>
    </message>
    <message>
        <source>number %1 is already in the dossier &quot;%2&quot;</source>
        <translation>number %1 is already in the dossier &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n valid</source>
        <translation>
            <numerusform>%n valid</numerusform>
            <numerusform>%n valid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n invalid</numerusform>
            <numerusform>%n invalid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n duplicate</numerusform>
            <numerusform>%n duplicates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImportWizard</name>
    <message>
        <source>Import dossiers from a CSV file</source>
        <translation>Import dossiers from a CSV file</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Choose the file</translation>
    </message>
    <message>
        <source>A CSV file exported from a spreadsheet: one client dossier per row.</source>
        <translation>A CSV file exported from a spreadsheet: one client dossier per row.</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV file</translation>
    </message>
    <message>
        <source>clients.csv</source>
        <translation>clients.csv</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Browse for the CSV file</source>
        <translation>Browse for the CSV file</translation>
    </message>
    <message>
        <source>What was read</source>
        <translation>What was read</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Match the columns</translation>
    </message>
    <message>
        <source>Which dossier field each column holds. MandatDesk proposes it from the headers and remembers your choice for files with the same columns.</source>
        <translation>Which dossier field each column holds. MandatDesk proposes it from the headers and remembers your choice for files with the same columns.</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Columns of the file</translation>
    </message>
    <message>
        <source>What the mapping lacks</source>
        <translation>What the mapping lacks</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>Check the rows</translation>
    </message>
    <message>
        <source>Nothing is written yet. Invalid rows and duplicates are left out; the valid rows are imported together.</source>
        <translation>Nothing is written yet. Invalid rows and duplicates are left out; the valid rows are imported together.</translation>
    </message>
    <message>
        <source>Summary of the check</source>
        <translation>Summary of the check</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Rows of the file</translation>
    </message>
    <message>
        <source>Save the report…</source>
        <translation>Save the report…</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The valid rows become dossiers, all in one step.</source>
        <translation>The valid rows become dossiers, all in one step.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <source>Result of the import</source>
        <translation>Result of the import</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>Save the import report</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>This is not a text file (CSV).</source>
        <translation>This is not a text file (CSV).</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed; the file cannot be read safely.</source>
        <translation>Line %1: a quoted field is never closed; the file cannot be read safely.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Database error: %1</source>
        <translation>Database error: %1</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>This profile was written by a newer MandatDesk (schema %1; this version knows up to %2). Update MandatDesk to open it.</source>
        <translation>This profile was written by a newer MandatDesk (schema %1; this version knows up to %2). Update MandatDesk to open it.</translation>
    </message>
    <message>
        <source>Cannot start a database transaction: %1</source>
        <translation>Cannot start a database transaction: %1</translation>
    </message>
    <message>
        <source>Cannot save to the database: %1</source>
        <translation>Cannot save to the database: %1</translation>
    </message>
</context>
<context>
    <name>DateRoles</name>
    <message>
        <source>The document gives two different dates for the same thing (%1 and %2): enter the right one by hand.</source>
        <translation>The document gives two different dates for the same thing (%1 and %2): enter the right one by hand.</translation>
    </message>
    <message>
        <source>No date could be read in the document: enter its date by hand.</source>
        <translation>No date could be read in the document: enter its date by hand.</translation>
    </message>
    <message>
        <source>No issue date (&quot;à jour au&quot;, &quot;délivré le&quot;) could be read on the Kbis; the other dates found are not its issue date: enter it by hand.</source>
        <translation>No issue date (&quot;à jour au&quot;, &quot;délivré le&quot;) could be read on the Kbis; the other dates found are not its issue date: enter it by hand.</translation>
    </message>
    <message>
        <source>No invoice date (&quot;Date de facture&quot;, &quot;Facture du&quot;, &quot;Date d&apos;émission&quot;…) could be read; the other dates found are not the invoice date: enter it by hand.</source>
        <translation>No invoice date (&quot;Date de facture&quot;, &quot;Facture du&quot;, &quot;Date d&apos;émission&quot;…) could be read; the other dates found are not the invoice date: enter it by hand.</translation>
    </message>
    <message>
        <source>No signing date (&quot;Fait à …, le …&quot;) could be read on the mandate.</source>
        <translation>No signing date (&quot;Fait à …, le …&quot;) could be read on the mandate.</translation>
    </message>
    <message>
        <source>No issue date (&quot;à jour au&quot;, &quot;situation au&quot;, &quot;délivré le&quot;) could be read on the document (%1); the other dates found are not its issue date: enter it by hand.</source>
        <translation>No issue date (&quot;à jour au&quot;, &quot;situation au&quot;, &quot;délivré le&quot;) could be read on the document (%1); the other dates found are not its issue date: enter it by hand.</translation>
    </message>
    <message>
        <source>No invoice date could be read: &quot;%1&quot; is when this copy was printed or downloaded, and &quot;%2&quot; is the billing period, not the invoice date. Enter the invoice date by hand.</source>
        <translation>No invoice date could be read: &quot;%1&quot; is when this copy was printed or downloaded, and &quot;%2&quot; is the billing period, not the invoice date. Enter the invoice date by hand.</translation>
    </message>
    <message>
        <source>No invoice date could be read: &quot;%1&quot; is when this copy was printed or downloaded, not the invoice date. Enter the invoice date by hand.</source>
        <translation>No invoice date could be read: &quot;%1&quot; is when this copy was printed or downloaded, not the invoice date. Enter the invoice date by hand.</translation>
    </message>
    <message>
        <source>No invoice date could be read: &quot;%1&quot; is the billing period, and its first day is not the invoice date. Enter the invoice date by hand.</source>
        <translation>No invoice date could be read: &quot;%1&quot; is the billing period, and its first day is not the invoice date. Enter the invoice date by hand.</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>demo</source>
        <translation>demo</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>Campaign %1</translation>
    </message>
    <message>
        <source>The documents of ready dossiers are painted: a graphical application is needed.</source>
        <translation>The documents of ready dossiers are painted: a graphical application is needed.</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Filled mandate</source>
        <translation>Filled mandate</translation>
    </message>
    <message>
        <source>Signed mandate</source>
        <translation>Signed mandate</translation>
    </message>
    <message>
        <source>Kbis extract</source>
        <translation>Kbis extract</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
</context>
<context>
    <name>DocumentCheck</name>
    <message>
        <source>No SIREN could be read on the Kbis: check by eye that it is the client&apos;s.</source>
        <translation>No SIREN could be read on the Kbis: check by eye that it is the client&apos;s.</translation>
    </message>
    <message>
        <source>The Kbis is another company&apos;s: SIREN %1, while the client&apos;s is %2.</source>
        <translation>The Kbis is another company&apos;s: SIREN %1, while the client&apos;s is %2.</translation>
    </message>
    <message>
        <source>The number %1 does not appear on this invoice.</source>
        <translation>The number %1 does not appear on this invoice.</translation>
    </message>
    <message>
        <source>This is the mandate MandatDesk generated, not the one the client signed: add the signed, stamped scan or the digitally signed PDF.</source>
        <translation>This is the mandate MandatDesk generated, not the one the client signed: add the signed, stamped scan or the digitally signed PDF.</translation>
    </message>
    <message>
        <source>The digital signature of %1 is not valid (%2): the file was changed after signing, or the signature is damaged.</source>
        <translation>The digital signature of %1 is not valid (%2): the file was changed after signing, or the signature is damaged.</translation>
    </message>
    <message>
        <source>an unknown signer</source>
        <translation>an unknown signer</translation>
    </message>
    <message>
        <source>The digital signature of %1 is intact, but its certificate is not trusted on this computer (%2).</source>
        <translation>The digital signature of %1 is intact, but its certificate is not trusted on this computer (%2).</translation>
    </message>
    <message>
        <source>The mandate has no digital signature: confirm that the scan bears the client&apos;s signature and stamp.</source>
        <translation>The mandate has no digital signature: confirm that the scan bears the client&apos;s signature and stamp.</translation>
    </message>
    <message>
        <source>The Kbis extract is dated %1, after the day it is checked for (%2): the date is wrong.</source>
        <translation>The Kbis extract is dated %1, after the day it is checked for (%2): the date is wrong.</translation>
    </message>
    <message>
        <source>The invoice is dated %1, after the day it is checked for (%2): the date is wrong.</source>
        <translation>The invoice is dated %1, after the day it is checked for (%2): the date is wrong.</translation>
    </message>
    <message>
        <source>The Kbis extract is dated %1: on %2 it is more than %3 months old. Get a recent one.</source>
        <translation>The Kbis extract is dated %1: on %2 it is more than %3 months old. Get a recent one.</translation>
    </message>
    <message>
        <source>The invoice is dated %1: on %2 it is more than %3 months old. Get a recent one.</source>
        <translation>The invoice is dated %1: on %2 it is more than %3 months old. Get a recent one.</translation>
    </message>
    <message numerus="yes">
        <source>The Kbis extract is dated %1: it will be more than %2 months old on %3, in %n day(s). Submit before, or get a recent one.</source>
        <translation>
            <numerusform>The Kbis extract is dated %1: it will be more than %2 months old on %3, in %n day. Submit before, or get a recent one.</numerusform>
            <numerusform>The Kbis extract is dated %1: it will be more than %2 months old on %3, in %n days. Submit before, or get a recent one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The invoice is dated %1: it will be more than %2 months old on %3, in %n day(s). Submit before, or get a recent one.</source>
        <translation>
            <numerusform>The invoice is dated %1: it will be more than %2 months old on %3, in %n day. Submit before, or get a recent one.</numerusform>
            <numerusform>The invoice is dated %1: it will be more than %2 months old on %3, in %n days. Submit before, or get a recent one.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: dated %2, after the day it is checked for (%3): the date is wrong.</source>
        <translation>%1: dated %2, after the day it is checked for (%3): the date is wrong.</translation>
    </message>
    <message>
        <source>%1: dated %2, on %3 it is more than %4 months old. Get a recent one.</source>
        <translation>%1: dated %2, on %3 it is more than %4 months old. Get a recent one.</translation>
    </message>
    <message numerus="yes">
        <source>%1: dated %2, it will be more than %3 months old on %4, in %n day(s). Submit before, or get a recent one.</source>
        <translation>
            <numerusform>%1: dated %2, it will be more than %3 months old on %4, in %n day. Submit before, or get a recent one.</numerusform>
            <numerusform>%1: dated %2, it will be more than %3 months old on %4, in %n days. Submit before, or get a recent one.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the company is struck off the register (&quot;%2&quot;): it cannot give a mandate.</source>
        <translation>%1: the company is struck off the register (&quot;%2&quot;): it cannot give a mandate.</translation>
    </message>
    <message>
        <source>%1: the company is in liquidation (&quot;%2&quot;): it cannot give a mandate.</source>
        <translation>%1: the company is in liquidation (&quot;%2&quot;): it cannot give a mandate.</translation>
    </message>
    <message>
        <source>%1: the company is dissolved (&quot;%2&quot;): it cannot give a mandate.</source>
        <translation>%1: the company is dissolved (&quot;%2&quot;): it cannot give a mandate.</translation>
    </message>
    <message>
        <source>%1: the company is in receivership (redressement judiciaire, &quot;%2&quot;): check with the client and its administrator before submitting.</source>
        <translation>%1: the company is in receivership (redressement judiciaire, &quot;%2&quot;): check with the client and its administrator before submitting.</translation>
    </message>
    <message>
        <source>%1: the company is under a safeguard procedure (&quot;%2&quot;): check with the client before submitting.</source>
        <translation>%1: the company is under a safeguard procedure (&quot;%2&quot;): check with the client before submitting.</translation>
    </message>
    <message>
        <source>%1: the company&apos;s activity has ceased (&quot;%2&quot;): check that it still uses the numbers.</source>
        <translation>%1: the company&apos;s activity has ceased (&quot;%2&quot;): check that it still uses the numbers.</translation>
    </message>
    <message>
        <source>%1: the company is dormant (mise en sommeil, &quot;%2&quot;): check that it still uses the numbers.</source>
        <translation>%1: the company is dormant (mise en sommeil, &quot;%2&quot;): check that it still uses the numbers.</translation>
    </message>
    <message>
        <source>%1: no SIREN could be read: check by eye that it is the client&apos;s.</source>
        <translation>%1: no SIREN could be read: check by eye that it is the client&apos;s.</translation>
    </message>
    <message>
        <source>%1: another company&apos;s, SIREN %2, while the client&apos;s is %3.</source>
        <translation>%1: another company&apos;s, SIREN %2, while the client&apos;s is %3.</translation>
    </message>
    <message>
        <source>The text does not look like an extract of the trade register (no &quot;Kbis&quot; or &quot;Registre du commerce et des sociétés&quot;), nor like an extract of the RNE, a SIRENE notice or an RNA receipt.</source>
        <translation>The text does not look like an extract of the trade register (no &quot;Kbis&quot; or &quot;Registre du commerce et des sociétés&quot;), nor like an extract of the RNE, a SIRENE notice or an RNA receipt.</translation>
    </message>
    <message>
        <source>No signing date could be read on the mandate.</source>
        <translation>No signing date could be read on the mandate.</translation>
    </message>
    <message>
        <source>The mandate is signed on %1, after the day it is checked for (%2): the date is wrong.</source>
        <translation>The mandate is signed on %1, after the day it is checked for (%2): the date is wrong.</translation>
    </message>
    <message>
        <source>The mandate is signed on %1, before the dossier was created (%2): check that it is this dossier&apos;s mandate, not an older one.</source>
        <translation>The mandate is signed on %1, before the dossier was created (%2): check that it is this dossier&apos;s mandate, not an older one.</translation>
    </message>
    <message>
        <source>No phone number could be read on the signed mandate: check by eye that it lists the dossier&apos;s numbers, and only them.</source>
        <translation>No phone number could be read on the signed mandate: check by eye that it lists the dossier&apos;s numbers, and only them.</translation>
    </message>
    <message>
        <source>The number %1 is in the dossier but not on the signed mandate: the client has not authorised it.</source>
        <translation>The number %1 is in the dossier but not on the signed mandate: the client has not authorised it.</translation>
    </message>
    <message>
        <source>The signed mandate lists %1, which is not in the dossier: add it to the dossier, or check that the mandate is this dossier&apos;s.</source>
        <translation>The signed mandate lists %1, which is not in the dossier: add it to the dossier, or check that the mandate is this dossier&apos;s.</translation>
    </message>
    <message>
        <source>The invoice is made out to %1, not to the client %2: the operator wants an invoice in the name of the company that holds the numbers.</source>
        <translation>The invoice is made out to %1, not to the client %2: the operator wants an invoice in the name of the company that holds the numbers.</translation>
    </message>
    <message>
        <source>The invoice is made out to %1, a name close to the client&apos;s (%2) but not the same: check that it is the same company, not another one of its group.</source>
        <translation>The invoice is made out to %1, a name close to the client&apos;s (%2) but not the same: check that it is the same company, not another one of its group.</translation>
    </message>
    <message>
        <source>The invoice is made out to %1, which cannot be compared with the client %2: check by eye that it is the client&apos;s.</source>
        <translation>The invoice is made out to %1, which cannot be compared with the client %2: check by eye that it is the client&apos;s.</translation>
    </message>
    <message>
        <source>No holder could be read on the invoice: check by eye that it is made out to the client %1.</source>
        <translation>No holder could be read on the invoice: check by eye that it is made out to the client %1.</translation>
    </message>
    <message>
        <source>This is not a Kbis extract but an invoice (&quot;%1&quot;): move it to the invoices, and add the client&apos;s Kbis extract here.</source>
        <translation>This is not a Kbis extract but an invoice (&quot;%1&quot;): move it to the invoices, and add the client&apos;s Kbis extract here.</translation>
    </message>
    <message>
        <source>This is not a Kbis extract but a mandate (&quot;%1&quot;): move it to the signed mandate, and add the client&apos;s Kbis extract here.</source>
        <translation>This is not a Kbis extract but a mandate (&quot;%1&quot;): move it to the signed mandate, and add the client&apos;s Kbis extract here.</translation>
    </message>
    <message>
        <source>This is not an invoice but a company register extract (%1, &quot;%2&quot;): move it to the Kbis extract, and add an invoice showing the numbers here.</source>
        <translation>This is not an invoice but a company register extract (%1, &quot;%2&quot;): move it to the Kbis extract, and add an invoice showing the numbers here.</translation>
    </message>
    <message>
        <source>This is not an invoice but a mandate (&quot;%1&quot;): move it to the signed mandate, and add an invoice showing the numbers here.</source>
        <translation>This is not an invoice but a mandate (&quot;%1&quot;): move it to the signed mandate, and add an invoice showing the numbers here.</translation>
    </message>
    <message>
        <source>This is not a mandate but a company register extract (%1, &quot;%2&quot;): move it to the Kbis extract, and add the mandate signed by the client here.</source>
        <translation>This is not a mandate but a company register extract (%1, &quot;%2&quot;): move it to the Kbis extract, and add the mandate signed by the client here.</translation>
    </message>
    <message>
        <source>This is not a mandate but an invoice (&quot;%1&quot;): move it to the invoices, and add the mandate signed by the client here.</source>
        <translation>This is not a mandate but an invoice (&quot;%1&quot;): move it to the invoices, and add the mandate signed by the client here.</translation>
    </message>
</context>
<context>
    <name>DocumentIntake</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>a PDF document</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>a JPEG image</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>a PNG image</translation>
    </message>
    <message>
        <source>%1 is %2, although its name ends in .%3.</source>
        <translation>%1 is %2, although its name ends in .%3.</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Previous page (Page Up)</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>PgUp</source>
        <translation>PgUp</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Next page (Page Down)</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>PgDown</source>
        <translation>PgDown</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Ctrl++</source>
        <translation>Ctrl++</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Document page</source>
        <translation>Document page</translation>
    </message>
    <message>
        <source>Print this document…</source>
        <translation>Print this document…</translation>
    </message>
    <message>
        <source>Print this document</source>
        <translation>Print this document</translation>
    </message>
    <message>
        <source>Save a flattened copy…</source>
        <translation>Save a flattened copy…</translation>
    </message>
    <message>
        <source>A copy of this form with its values drawn into the pages and no field left, to print or send</source>
        <translation>A copy of this form with its values drawn into the pages and no field left, to print or send</translation>
    </message>
    <message>
        <source>Save a flattened copy</source>
        <translation>Save a flattened copy</translation>
    </message>
</context>
<context>
    <name>DocumentReader</name>
    <message>
        <source>The file is too large (%1; the limit is %2).</source>
        <translation>The file is too large (%1; the limit is %2).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The file is neither a PDF nor a JPEG or PNG image.</source>
        <translation>The file is neither a PDF nor a JPEG or PNG image.</translation>
    </message>
    <message>
        <source>The image is truncated or damaged.</source>
        <translation>The image is truncated or damaged.</translation>
    </message>
    <message>
        <source>The PDF is truncated: its end is missing (an interrupted download or copy?).</source>
        <translation>The PDF is truncated: its end is missing (an interrupted download or copy?).</translation>
    </message>
    <message>
        <source>The PDF is damaged and cannot be opened.</source>
        <translation>The PDF is damaged and cannot be opened.</translation>
    </message>
    <message>
        <source>The PDF is protected by a password: save an unprotected copy and add that one.</source>
        <translation>The PDF is protected by a password: save an unprotected copy and add that one.</translation>
    </message>
    <message>
        <source>The PDF has no page.</source>
        <translation>The PDF has no page.</translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation>Reading was cancelled.</translation>
    </message>
    <message>
        <source>Page %1 cannot be rendered.</source>
        <translation>Page %1 cannot be rendered.</translation>
    </message>
    <message>
        <source>The PDF has %1 pages; at most %2 are read.</source>
        <translation>The PDF has %1 pages; at most %2 are read.</translation>
    </message>
    <message>
        <source>Reading took too long (page %1 of %2).</source>
        <translation>Reading took too long (page %1 of %2).</translation>
    </message>
    <message>
        <source>Page %1 is too large to be read (%2 × %3 cm).</source>
        <translation>Page %1 is too large to be read (%2 × %3 cm).</translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <source>The number %1 is already in this dossier.</source>
        <translation>The number %1 is already in this dossier.</translation>
    </message>
    <message>
        <source>A rejection needs its reason, as the operator gave it.</source>
        <translation>A rejection needs its reason, as the operator gave it.</translation>
    </message>
</context>
<context>
    <name>DossierArchive</name>
    <message>
        <source>the field &quot;%1&quot; is missing or has the wrong type</source>
        <translation>the field &quot;%1&quot; is missing or has the wrong type</translation>
    </message>
    <message>
        <source>manifest.json is not JSON: %1</source>
        <translation>manifest.json is not JSON: %1</translation>
    </message>
    <message>
        <source>this is not a MandatDesk archive (format &quot;%1&quot;)</source>
        <translation>this is not a MandatDesk archive (format &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>archive format version %1 is not one this version of MandatDesk reads (it reads up to %2)</source>
        <translation>archive format version %1 is not one this version of MandatDesk reads (it reads up to %2)</translation>
    </message>
    <message>
        <source>the dossier %1 appears twice</source>
        <translation>the dossier %1 appears twice</translation>
    </message>
    <message>
        <source>manifest.json: %1</source>
        <translation>manifest.json: %1</translation>
    </message>
    <message>
        <source>an entry has no name</source>
        <translation>an entry has no name</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a backslash</source>
        <translation>&quot;%1&quot; contains a backslash</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an absolute path</source>
        <translation>&quot;%1&quot; is an absolute path</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a drive</source>
        <translation>&quot;%1&quot; names a drive</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains control characters</source>
        <translation>&quot;%1&quot; contains control characters</translation>
    </message>
    <message>
        <source>&quot;%1&quot; goes up a folder (&quot;..&quot;)</source>
        <translation>&quot;%1&quot; goes up a folder (&quot;..&quot;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plain path</source>
        <translation>&quot;%1&quot; is not a plain path</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read (error %2)</source>
        <translation>&quot;%1&quot; cannot be read (error %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged</source>
        <translation>&quot;%1&quot; is damaged</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than its header says</source>
        <translation>&quot;%1&quot; is larger than its header says</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged (checksum)</source>
        <translation>&quot;%1&quot; is damaged (checksum)</translation>
    </message>
    <message>
        <source>Cannot write %1 (error %2).</source>
        <translation>Cannot write %1 (error %2).</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>The archive is refused: %1.</source>
        <translation>The archive is refused: %1.</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 does not exist</translation>
    </message>
    <message>
        <source>it is not a zip file, or it is damaged</source>
        <translation>it is not a zip file, or it is damaged</translation>
    </message>
    <message>
        <source>it holds %1 entries (at most %2)</source>
        <translation>it holds %1 entries (at most %2)</translation>
    </message>
    <message>
        <source>an entry cannot be read</source>
        <translation>an entry cannot be read</translation>
    </message>
    <message>
        <source>it holds more than %1 entries</source>
        <translation>it holds more than %1 entries</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a symbolic link</source>
        <translation>&quot;%1&quot; is a symbolic link</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is encrypted</source>
        <translation>&quot;%1&quot; is encrypted</translation>
    </message>
    <message>
        <source>it would take more than %1 MB once uncompressed</source>
        <translation>it would take more than %1 MB once uncompressed</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is compressed more than %2 to 1 (a zip bomb)</source>
        <translation>&quot;%1&quot; is compressed more than %2 to 1 (a zip bomb)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice</source>
        <translation>&quot;%1&quot; appears twice</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>it is damaged</translation>
    </message>
    <message>
        <source>it has no manifest.json</source>
        <translation>it has no manifest.json</translation>
    </message>
    <message>
        <source>manifest.json is too large</source>
        <translation>manifest.json is too large</translation>
    </message>
    <message>
        <source>%1 (%2) is not in the archive</source>
        <translation>%1 (%2) is not in the archive</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, the manifest says %3</source>
        <translation>%1 is %2 bytes, the manifest says %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not part of any dossier</source>
        <translation>&quot;%1&quot; is not part of any dossier</translation>
    </message>
    <message>
        <source>%1 does not match its SHA-256</source>
        <translation>%1 does not match its SHA-256</translation>
    </message>
    <message>
        <source>%1 changed while it was read</source>
        <translation>%1 changed while it was read</translation>
    </message>
    <message>
        <source>the renewal links of the archive go round in a circle</source>
        <translation>the renewal links of the archive go round in a circle</translation>
    </message>
    <message>
        <source>%1: the dossier it renews is not in this profile; the link is dropped.</source>
        <translation>%1: the dossier it renews is not in this profile; the link is dropped.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
</context>
<context>
    <name>DossierDocumentsPage</name>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>Add documents</translation>
    </message>
    <message>
        <source>Reading the document</source>
        <translation>Reading the document</translation>
    </message>
    <message>
        <source>Cancel reading</source>
        <translation>Cancel reading</translation>
    </message>
    <message>
        <source>Documents of the dossier</source>
        <translation>Documents of the dossier</translation>
    </message>
    <message>
        <source>Correct the &amp;date…</source>
        <translation>Correct the &amp;date…</translation>
    </message>
    <message>
        <source>Correct the document date</source>
        <translation>Correct the document date</translation>
    </message>
    <message>
        <source>Conf&amp;irm the signature…</source>
        <translation>Conf&amp;irm the signature…</translation>
    </message>
    <message>
        <source>Confirm the signature and stamp on the scanned mandate</source>
        <translation>Confirm the signature and stamp on the scanned mandate</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>Preview the documents</source>
        <translation>Preview the documents</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>Move to…</translation>
    </message>
    <message>
        <source>Move the selected document to another kind</source>
        <translation>Move the selected document to another kind</translation>
    </message>
    <message>
        <source>The document was dropped in the wrong place: an invoice among the Kbis, say</source>
        <translation>The document was dropped in the wrong place: an invoice among the Kbis, say</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <source>Remove the selected document</source>
        <translation>Remove the selected document</translation>
    </message>
    <message>
        <source>&amp;Generate the mandate</source>
        <translation>&amp;Generate the mandate</translation>
    </message>
    <message>
        <source>Generate the mandate</source>
        <translation>Generate the mandate</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <source>Print the dossier</source>
        <translation>Print the dossier</translation>
    </message>
    <message>
        <source>What the operator would refuse or question:</source>
        <translation>What the operator would refuse or question:</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problems found</translation>
    </message>
</context>
<context>
    <name>DossierEditor</name>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Rejection reason</source>
        <translation>Rejection reason</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Readiness</translation>
    </message>
    <message>
        <source>Submit to the operator</source>
        <translation>Submit to the operator</translation>
    </message>
    <message>
        <source>Su&amp;bmit to the operator</source>
        <translation>Su&amp;bmit to the operator</translation>
    </message>
    <message>
        <source>Changed by another seat too</source>
        <translation>Changed by another seat too</translation>
    </message>
    <message>
        <source>Choose what to &amp;keep…</source>
        <translation>Choose what to &amp;keep…</translation>
    </message>
    <message>
        <source>Choose what to keep, field by field</source>
        <translation>Choose what to keep, field by field</translation>
    </message>
</context>
<context>
    <name>DossierInfoPage</name>
    <message>
        <source>Mandate information</source>
        <translation>Mandate information</translation>
    </message>
    <message>
        <source>Client company</source>
        <translation>Client company</translation>
    </message>
    <message>
        <source>Dossier &amp;name:</source>
        <translation>Dossier &amp;name:</translation>
    </message>
    <message>
        <source>Dossier name</source>
        <translation>Dossier name</translation>
    </message>
    <message>
        <source>Campaign, client, year…</source>
        <translation>Campaign, client, year…</translation>
    </message>
    <message>
        <source>&amp;Company name:</source>
        <translation>&amp;Company name:</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>Legal &amp;form:</source>
        <translation>Legal &amp;form:</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <source>SAS, SARL…</source>
        <translation>SAS, SARL…</translation>
    </message>
    <message>
        <source>Share capital:</source>
        <translation>Share capital:</translation>
    </message>
    <message>
        <source>Share capital</source>
        <translation>Share capital</translation>
    </message>
    <message>
        <source>10 000 €</source>
        <translation>10 000 €</translation>
    </message>
    <message>
        <source>As the Kbis gives it; the mandate prints it.</source>
        <translation>As the Kbis gives it; the mandate prints it.</translation>
    </message>
    <message>
        <source>&amp;SIREN:</source>
        <translation>&amp;SIREN:</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>9 digits</source>
        <translation>9 digits</translation>
    </message>
    <message>
        <source>SIREN check</source>
        <translation>SIREN check</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>VAT number</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>&amp;RCS city:</source>
        <translation>&amp;RCS city:</translation>
    </message>
    <message>
        <source>RCS city</source>
        <translation>RCS city</translation>
    </message>
    <message>
        <source>&amp;Representative:</source>
        <translation>&amp;Representative:</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Representative</translation>
    </message>
    <message>
        <source>First name and last name</source>
        <translation>First name and last name</translation>
    </message>
    <message>
        <source>Representative&apos;s &amp;title:</source>
        <translation>Representative&apos;s &amp;title:</translation>
    </message>
    <message>
        <source>Representative&apos;s title</source>
        <translation>Representative&apos;s title</translation>
    </message>
    <message>
        <source>Use:</source>
        <translation>Use:</translation>
    </message>
    <message>
        <source>Calls by &amp;agents</source>
        <translation>Calls by &amp;agents</translation>
    </message>
    <message>
        <source>Calls by agents</source>
        <translation>Calls by agents</translation>
    </message>
    <message>
        <source>Auto&amp;mated calls</source>
        <translation>Auto&amp;mated calls</translation>
    </message>
    <message>
        <source>Automated calls</source>
        <translation>Automated calls</translation>
    </message>
    <message>
        <source>Numbers to present</source>
        <translation>Numbers to present</translation>
    </message>
    <message>
        <source>Number to add</source>
        <translation>Number to add</translation>
    </message>
    <message>
        <source>01 62 12 34 56, +33 9 48…, 0590…</source>
        <translation>01 62 12 34 56, +33 9 48…, 0590…</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <source>Add the number</source>
        <translation>Add the number</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <source>Remove the selected number</source>
        <translation>Remove the selected number</translation>
    </message>
    <message>
        <source>What the number is</source>
        <translation>What the number is</translation>
    </message>
    <message>
        <source>Numbers of the dossier</source>
        <translation>Numbers of the dossier</translation>
    </message>
    <message>
        <source>Manager, Chairman…</source>
        <translation>Manager, Chairman…</translation>
    </message>
</context>
<context>
    <name>DossierPrinter</name>
    <message>
        <source>%1 cannot be printed: it is not a readable PDF.</source>
        <translation>%1 cannot be printed: it is not a readable PDF.</translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation>There is nothing to print.</translation>
    </message>
    <message>
        <source>The printer cannot be opened.</source>
        <translation>The printer cannot be opened.</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Printing was cancelled.</translation>
    </message>
    <message>
        <source>The printer refused a new page.</source>
        <translation>The printer refused a new page.</translation>
    </message>
    <message>
        <source>%1 cannot be printed: the image is unreadable.</source>
        <translation>%1 cannot be printed: the image is unreadable.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Poppler&apos;s pdfunite is missing: the PDF cannot be merged.</source>
        <translation>Poppler&apos;s pdfunite is missing: the PDF cannot be merged.</translation>
    </message>
    <message>
        <source>Cannot write a temporary file: %1</source>
        <translation>Cannot write a temporary file: %1</translation>
    </message>
    <message>
        <source>The PDF could not be merged: %1</source>
        <translation>The PDF could not be merged: %1</translation>
    </message>
</context>
<context>
    <name>DossierRules</name>
    <message>
        <source>The rules %1 lack the value &quot;%2&quot;.</source>
        <translation>The rules %1 lack the value &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>DossierStatus</name>
    <message>
        <source>Not submitted</source>
        <translation>Not submitted</translation>
    </message>
    <message>
        <source>Queued for sending</source>
        <translation>Queued for sending</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Under review</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>The dossier is already &quot;%1&quot;.</source>
        <translation>The dossier is already &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A dossier cannot go from &quot;%1&quot; to &quot;%2&quot;: renew it instead, which creates a new dossier.</source>
        <translation>A dossier cannot go from &quot;%1&quot; to &quot;%2&quot;: renew it instead, which creates a new dossier.</translation>
    </message>
    <message>
        <source>A dossier cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>A dossier cannot go from &quot;%1&quot; to &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>DossierStore</name>
    <message>
        <source>The company record %1 is missing from the database.</source>
        <translation>The company record %1 is missing from the database.</translation>
    </message>
    <message>
        <source>The number %1 appears twice in the dossier.</source>
        <translation>The number %1 appears twice in the dossier.</translation>
    </message>
    <message>
        <source>A dossier with the id %1 already exists.</source>
        <translation>A dossier with the id %1 already exists.</translation>
    </message>
    <message>
        <source>The dossier %1 no longer exists.</source>
        <translation>The dossier %1 no longer exists.</translation>
    </message>
    <message>
        <source>The dossier %1 does not exist.</source>
        <translation>The dossier %1 does not exist.</translation>
    </message>
    <message>
        <source>No dossier has the id %1.</source>
        <translation>No dossier has the id %1.</translation>
    </message>
    <message>
        <source>Give at least the first 4 characters of the dossier id.</source>
        <translation>Give at least the first 4 characters of the dossier id.</translation>
    </message>
    <message>
        <source>Several dossiers have an id starting with %1: give more characters.</source>
        <translation>Several dossiers have an id starting with %1: give more characters.</translation>
    </message>
    <message>
        <source>Only a valid or expired mandate can be renewed; this one is &quot;%1&quot;.</source>
        <translation>Only a valid or expired mandate can be renewed; this one is &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This file is already in the dossier, as &quot;%1&quot;.</source>
        <translation>This file is already in the dossier, as &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The document %1 does not exist.</source>
        <translation>The document %1 does not exist.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>The stored document %1 is missing.</source>
        <translation>The stored document %1 is missing.</translation>
    </message>
    <message>
        <source>Only a signed mandate has a signature to confirm; %1 is not one.</source>
        <translation>Only a signed mandate has a signature to confirm; %1 is not one.</translation>
    </message>
    <message>
        <source>Signature and stamp confirmed on the scan %1</source>
        <translation>Signature and stamp confirmed on the scan %1</translation>
    </message>
    <message>
        <source>Confirmation of signature and stamp withdrawn for %1</source>
        <translation>Confirmation of signature and stamp withdrawn for %1</translation>
    </message>
    <message>
        <source>(renewal %1)</source>
        <translation>(renewal %1)</translation>
    </message>
</context>
<context>
    <name>DossierTrackingPage</name>
    <message>
        <source>Tracking</source>
        <translation>Tracking</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validity</translation>
    </message>
    <message>
        <source>Status history:</source>
        <translation>Status history:</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Status history</translation>
    </message>
    <message>
        <source>Changes waiting for the portal:</source>
        <translation>Changes waiting for the portal:</translation>
    </message>
    <message>
        <source>Changes waiting for the portal</source>
        <translation>Changes waiting for the portal</translation>
    </message>
    <message>
        <source>Retry &amp;now</source>
        <translation>Retry &amp;now</translation>
    </message>
    <message>
        <source>Retry sending now</source>
        <translation>Retry sending now</translation>
    </message>
    <message>
        <source>Record the operator&apos;s decisi&amp;on…</source>
        <translation>Record the operator&apos;s decisi&amp;on…</translation>
    </message>
    <message>
        <source>Record the operator&apos;s decision by hand</source>
        <translation>Record the operator&apos;s decision by hand</translation>
    </message>
    <message>
        <source>Re&amp;new</source>
        <translation>Re&amp;new</translation>
    </message>
    <message>
        <source>Renew the mandate</source>
        <translation>Renew the mandate</translation>
    </message>
</context>
<context>
    <name>ExpiryReminder</name>
    <message numerus="yes">
        <source>The mandate &quot;%1&quot; ends on %2 (in %n day(s)).</source>
        <translation>
            <numerusform>The mandate &quot;%1&quot; ends on %2 (in %n day).</numerusform>
            <numerusform>The mandate &quot;%1&quot; ends on %2 (in %n days).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other mandate(s) end soon.</source>
        <translation>
            <numerusform>%n other mandate ends soon.</numerusform>
            <numerusform>%n other mandates end soon.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its numbers stay on the list of authorised numbers under another valid mandate.</source>
        <translation>Its numbers stay on the list of authorised numbers under another valid mandate.</translation>
    </message>
    <message numerus="yes">
        <source>and %n other(s)</source>
        <translation>
            <numerusform>and %n other</numerusform>
            <numerusform>and %n others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From that day, %1 leave(s) the list of authorised numbers: renew it to keep presenting them.</source>
        <translation>
            <numerusform>From that day, %1 leave the list of authorised numbers: renew it to keep presenting them.</numerusform>
            <numerusform>From that day, %1 leaves the list of authorised numbers: renew it to keep presenting them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormFiller</name>
    <message>
        <source>The template cannot be opened as a PDF.</source>
        <translation>The template cannot be opened as a PDF.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not a text field or a checkbox: it cannot take &quot;%2&quot;.</source>
        <translation>The field &quot;%1&quot; is not a text field or a checkbox: it cannot take &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The template has no field named %1.</source>
        <translation>The template has no field named %1.</translation>
    </message>
    <message>
        <source>The filled mandate could not be written.</source>
        <translation>The filled mandate could not be written.</translation>
    </message>
    <message>
        <source>After filling, the field &quot;%1&quot; reads &quot;%2&quot; instead of &quot;%3&quot;.</source>
        <translation>After filling, the field &quot;%1&quot; reads &quot;%2&quot; instead of &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>After flattening, the PDF still has form fields.</source>
        <translation>After flattening, the PDF still has form fields.</translation>
    </message>
    <message>
        <source>The flattened PDF cannot be read back: %1</source>
        <translation>The flattened PDF cannot be read back: %1</translation>
    </message>
    <message>
        <source>After flattening, the pages do not show &quot;%1&quot; (field &quot;%2&quot;).</source>
        <translation>After flattening, the pages do not show &quot;%1&quot; (field &quot;%2&quot;).</translation>
    </message>
</context>
<context>
    <name>GenerateMandateDialog</name>
    <message>
        <source>Generate the mandate</source>
        <translation>Generate the mandate</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>&amp;MandatDesk&apos;s template</source>
        <translation>&amp;MandatDesk&apos;s template</translation>
    </message>
    <message>
        <source>MandatDesk&apos;s template</source>
        <translation>MandatDesk&apos;s template</translation>
    </message>
    <message>
        <source>The &amp;operator&apos;s template, kept from the portal</source>
        <translation>The &amp;operator&apos;s template, kept from the portal</translation>
    </message>
    <message>
        <source>The operator&apos;s template, kept from the portal</source>
        <translation>The operator&apos;s template, kept from the portal</translation>
    </message>
    <message>
        <source>The portal&apos;s template</source>
        <translation>The portal&apos;s template</translation>
    </message>
    <message>
        <source>An operator&apos;s PDF &amp;form:</source>
        <translation>An operator&apos;s PDF &amp;form:</translation>
    </message>
    <message>
        <source>An operator&apos;s PDF form</source>
        <translation>An operator&apos;s PDF form</translation>
    </message>
    <message>
        <source>Path of the operator&apos;s PDF form</source>
        <translation>Path of the operator&apos;s PDF form</translation>
    </message>
    <message>
        <source>Type its path or browse</source>
        <translation>Type its path or browse</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Browse for the operator&apos;s PDF form</source>
        <translation>Browse for the operator&apos;s PDF form</translation>
    </message>
    <message>
        <source>Ma&amp;pping…</source>
        <translation>Ma&amp;pping…</translation>
    </message>
    <message>
        <source>Which dossier value each field of the form takes</source>
        <translation>Which dossier value each field of the form takes</translation>
    </message>
    <message>
        <source>Mapping state</source>
        <translation>Mapping state</translation>
    </message>
    <message>
        <source>&amp;Place of signature (&quot;Fait à&quot;):</source>
        <translation>&amp;Place of signature (&quot;Fait à&quot;):</translation>
    </message>
    <message>
        <source>Place of signature</source>
        <translation>Place of signature</translation>
    </message>
    <message>
        <source>&amp;Date of signature:</source>
        <translation>&amp;Date of signature:</translation>
    </message>
    <message>
        <source>Date of signature</source>
        <translation>Date of signature</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>&amp;Start date:</translation>
    </message>
    <message>
        <source>Start date of the mandate</source>
        <translation>Start date of the mandate</translation>
    </message>
</context>
<context>
    <name>IdentityDocument</name>
    <message>
        <source>Kbis extract</source>
        <translation>Kbis extract</translation>
    </message>
    <message>
        <source>RNE extract</source>
        <translation>RNE extract</translation>
    </message>
    <message>
        <source>SIRENE notice (avis de situation)</source>
        <translation>SIRENE notice (avis de situation)</translation>
    </message>
    <message>
        <source>RNA receipt</source>
        <translation>RNA receipt</translation>
    </message>
</context>
<context>
    <name>JsonFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid JSON object: %2</source>
        <translation>%1 is not a valid JSON object: %2</translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <source>This computer has no keychain (secret service) to keep the portal&apos;s session: it is kept for this session only. (%1)</source>
        <translation>This computer has no keychain (secret service) to keep the portal&apos;s session: it is kept for this session only. (%1)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Dossier</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>Third-party caller-ID mandates, ready for the operator</source>
        <translation>Third-party caller-ID mandates, ready for the operator</translation>
    </message>
    <message>
        <source>To display a client&apos;s number when you call for it, the operator needs a dossier: the mandate signed by the client, a Kbis extract and a phone invoice, both less than 3 months old. MandatDesk prepares and checks it in three steps.</source>
        <translation>To display a client&apos;s number when you call for it, the operator needs a dossier: the mandate signed by the client, a Kbis extract and a phone invoice, both less than 3 months old. MandatDesk prepares and checks it in three steps.</translation>
    </message>
    <message>
        <source>1. Your company</source>
        <translation>1. Your company</translation>
    </message>
    <message>
        <source>Your identity as the provider, once: it goes on every mandate.</source>
        <translation>Your identity as the provider, once: it goes on every mandate.</translation>
    </message>
    <message>
        <source>Enter your company…</source>
        <translation>Enter your company…</translation>
    </message>
    <message>
        <source>Enter your company</source>
        <translation>Enter your company</translation>
    </message>
    <message>
        <source>2. A dossier per client</source>
        <translation>2. A dossier per client</translation>
    </message>
    <message>
        <source>The client, its numbers, and the generated mandate to have signed.</source>
        <translation>The client, its numbers, and the generated mandate to have signed.</translation>
    </message>
    <message>
        <source>Create a dossier…</source>
        <translation>Create a dossier…</translation>
    </message>
    <message>
        <source>Create a dossier</source>
        <translation>Create a dossier</translation>
    </message>
    <message>
        <source>3. Documents, then submit</source>
        <translation>3. Documents, then submit</translation>
    </message>
    <message>
        <source>Drop the signed mandate, the Kbis and the invoices: MandatDesk checks them, then sends the dossier to the operator.</source>
        <translation>Drop the signed mandate, the Kbis and the invoices: MandatDesk checks them, then sends the dossier to the operator.</translation>
    </message>
    <message>
        <source>Load demo dossiers</source>
        <translation>Load demo dossiers</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Search: name, client, SIREN or number (Ctrl+F)</source>
        <translation>Search: name, client, SIREN or number (Ctrl+F)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>Not submitted</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Expiring soon</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>&amp;Portal</source>
        <translation>&amp;Portal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>&amp;New dossier…</source>
        <translation>&amp;New dossier…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Pre&amp;view the documents…</source>
        <translation>Pre&amp;view the documents…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Export as PDF…</source>
        <translation>&amp;Export as PDF…</translation>
    </message>
    <message>
        <source>&amp;Submit to the operator</source>
        <translation>&amp;Submit to the operator</translation>
    </message>
    <message>
        <source>&amp;Renew</source>
        <translation>&amp;Renew</translation>
    </message>
    <message>
        <source>S&amp;ync with the portal</source>
        <translation>S&amp;ync with the portal</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Your &amp;company…</source>
        <translation>Your &amp;company…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>&amp;About MandatDesk</source>
        <translation>&amp;About MandatDesk</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Try the demo</translation>
    </message>
    <message>
        <source>Import from a &amp;CSV file…</source>
        <translation>Import from a &amp;CSV file…</translation>
    </message>
    <message>
        <source>E&amp;xport dossiers as an archive…</source>
        <translation>E&amp;xport dossiers as an archive…</translation>
    </message>
    <message>
        <source>Import an &amp;archive…</source>
        <translation>Import an &amp;archive…</translation>
    </message>
    <message>
        <source>Operator&apos;s mandate &amp;forms…</source>
        <translation>Operator&apos;s mandate &amp;forms…</translation>
    </message>
    <message>
        <source>Which dossier value each field of an operator&apos;s PDF form takes</source>
        <translation>Which dossier value each field of an operator&apos;s PDF form takes</translation>
    </message>
    <message>
        <source>Open the &amp;demo (a profile of its own)</source>
        <translation>Open the &amp;demo (a profile of its own)</translation>
    </message>
    <message>
        <source>Export the list of &amp;authorised numbers…</source>
        <translation>Export the list of &amp;authorised numbers…</translation>
    </message>
    <message>
        <source>The numbers of the valid mandates, per client, and what changed since the last list (ARCEP decision 2025-2215), as CSV or PDF</source>
        <translation>The numbers of the valid mandates, per client, and what changed since the last list (ARCEP decision 2025-2215), as CSV or PDF</translation>
    </message>
</context>
<context>
    <name>Mandat::ConflictDialog</name>
    <message>
        <source>&amp;Keep these choices</source>
        <translation>&amp;Keep these choices</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Decide later</translation>
    </message>
    <message>
        <source>another seat</source>
        <translation>another seat</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was changed on the portal by %2 (version %3) while it was changed on this computer too. Nothing was overwritten: for each field below, choose the value to keep. The result is shared at the next sync, and both versions stay in the dossier&apos;s history.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; was changed on the portal by %2 (version %3) while it was changed on this computer too. Nothing was overwritten: for each field below, choose the value to keep. The result is shared at the next sync, and both versions stay in the dossier&apos;s history.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>On this computer</translation>
    </message>
    <message>
        <source>On the portal (%1)</source>
        <translation>On the portal (%1)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>%1 as on this computer</source>
        <translation>%1 as on this computer</translation>
    </message>
    <message>
        <source>%1 as on the portal</source>
        <translation>%1 as on the portal</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) left to choose.</source>
        <translation>
            <numerusform>%n field left to choose.</numerusform>
            <numerusform>%n fields left to choose.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every field has its value.</source>
        <translation>Every field has its value.</translation>
    </message>
</context>
<context>
    <name>Mandat::CsvImportWizard</name>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>First value</translation>
    </message>
    <message>
        <source>Dossier field</source>
        <translation>Dossier field</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV file</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be imported.

%2</source>
        <translation>%1 cannot be imported.

%2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), %1 columns, %2, separator &quot;%3&quot;.</source>
        <translation>
            <numerusform>%n row, %1 columns, %2, separator &quot;%3&quot;.</numerusform>
            <numerusform>%n rows, %1 columns, %2, separator &quot;%3&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>Field for the column %1</source>
        <translation>Field for the column %1</translation>
    </message>
    <message>
        <source>Every field a dossier needs has its column.</source>
        <translation>Every field a dossier needs has its column.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Choose a CSV file.</source>
        <translation>Choose a CSV file.</translation>
    </message>
    <message>
        <source>No row can be imported.</source>
        <translation>No row can be imported.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) imported.</source>
        <translation>
            <numerusform>%n dossier imported.</numerusform>
            <numerusform>%n dossiers imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out: save the report to fix them in the spreadsheet.</source>
        <translation>
            <numerusform>%n row left out: save the report to fix it in the spreadsheet.</numerusform>
            <numerusform>%n rows left out: save the report to fix them in the spreadsheet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <source>-report.csv</source>
        <translation>-report.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, of %n row(s).</source>
        <translation>
            <numerusform>%1, of %n row.</numerusform>
            <numerusform>%1, of %n rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mandat::DocumentPreview</name>
    <message>
        <source>Preview — %1</source>
        <translation>Preview — %1</translation>
    </message>
    <message>
        <source>Page %1: %2</source>
        <translation>Page %1: %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>%1-flattened.pdf</source>
        <translation>%1-flattened.pdf</translation>
    </message>
    <message>
        <source>Save a flattened copy</source>
        <translation>Save a flattened copy</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>The flattened copy could not be saved.

%1</source>
        <translation>The flattened copy could not be saved.

%1</translation>
    </message>
</context>
<context>
    <name>Mandat::DossierDocumentsPage</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Found in the text</source>
        <translation>Found in the text</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>Freshness</translation>
    </message>
    <message>
        <source>Numbers found</source>
        <translation>Numbers found</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Signed mandate</source>
        <translation>Signed mandate</translation>
    </message>
    <message>
        <source>The mandate signed and stamped by the client (PDF or scan).</source>
        <translation>The mandate signed and stamped by the client (PDF or scan).</translation>
    </message>
    <message>
        <source>Kbis extract</source>
        <translation>Kbis extract</translation>
    </message>
    <message>
        <source>Less than 3 months old on the submission day.</source>
        <translation>Less than 3 months old on the submission day.</translation>
    </message>
    <message>
        <source>Phone invoices</source>
        <translation>Phone invoices</translation>
    </message>
    <message>
        <source>Less than 3 months old, showing the numbers.</source>
        <translation>Less than 3 months old, showing the numbers.</translation>
    </message>
    <message>
        <source>(by hand)</source>
        <translation>(by hand)</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>not found</translation>
    </message>
    <message>
        <source>Checked at submission</source>
        <translation>Checked at submission</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>Stale since %1</source>
        <translation>Stale since %1</translation>
    </message>
    <message>
        <source>Dated in the future</source>
        <translation>Dated in the future</translation>
    </message>
    <message>
        <source>Date unknown</source>
        <translation>Date unknown</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Signature and stamp confirmed by %1 on %2.</source>
        <translation>Signature and stamp confirmed by %1 on %2.</translation>
    </message>
    <message>
        <source>you</source>
        <translation>you</translation>
    </message>
    <message>
        <source>W&amp;ithdraw the confirmation</source>
        <translation>W&amp;ithdraw the confirmation</translation>
    </message>
    <message>
        <source>Conf&amp;irm the signature…</source>
        <translation>Conf&amp;irm the signature…</translation>
    </message>
    <message>
        <source>Select the signed mandate to confirm its signature and stamp.</source>
        <translation>Select the signed mandate to confirm its signature and stamp.</translation>
    </message>
    <message>
        <source>This mandate is signed digitally: its signature is checked, there is nothing to confirm.</source>
        <translation>This mandate is signed digitally: its signature is checked, there is nothing to confirm.</translation>
    </message>
    <message>
        <source>Only a scanned signed mandate needs its signature confirmed.</source>
        <translation>Only a scanned signed mandate needs its signature confirmed.</translation>
    </message>
    <message>
        <source>Confirmed by %1 on %2. Withdraw it if it was a mistake.</source>
        <translation>Confirmed by %1 on %2. Withdraw it if it was a mistake.</translation>
    </message>
    <message>
        <source>State that the scan bears the client&apos;s signature and stamp.</source>
        <translation>State that the scan bears the client&apos;s signature and stamp.</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Add a document</translation>
    </message>
    <message>
        <source>%1 was not added.

%2</source>
        <translation>%1 was not added.

%2</translation>
    </message>
    <message>
        <source>Reading %1… %p%</source>
        <translation>Reading %1… %p%</translation>
    </message>
    <message>
        <source>Correct the date</source>
        <translation>Correct the date</translation>
    </message>
    <message>
        <source>The document&apos;s issue date, as printed on it:</source>
        <translation>The document&apos;s issue date, as printed on it:</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <source>the client&apos;s legal representative</source>
        <translation>the client&apos;s legal representative</translation>
    </message>
    <message>
        <source>Look at the scan &quot;%1&quot;. Do you confirm that it is the mandate for %2, signed by hand by %3, and that it bears the stamp of %2?

Your name and the time are kept in the dossier&apos;s history; you can withdraw the confirmation later.</source>
        <translation>Look at the scan &quot;%1&quot;. Do you confirm that it is the mandate for %2, signed by hand by %3, and that it bears the stamp of %2?

Your name and the time are kept in the dossier&apos;s history; you can withdraw the confirmation later.</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>the client</translation>
    </message>
    <message>
        <source>Confirm the signature and stamp</source>
        <translation>Confirm the signature and stamp</translation>
    </message>
    <message>
        <source>Remove the document</source>
        <translation>Remove the document</translation>
    </message>
    <message>
        <source>Remove %1 from the dossier? The file on your disk is not touched.</source>
        <translation>Remove %1 from the dossier? The file on your disk is not touched.</translation>
    </message>
    <message>
        <source>Move the document</source>
        <translation>Move the document</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Print %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>This dossier has no document to print.</source>
        <translation>This dossier has no document to print.</translation>
    </message>
    <message>
        <source>Print the dossier</source>
        <translation>Print the dossier</translation>
    </message>
    <message>
        <source>Generate the mandate</source>
        <translation>Generate the mandate</translation>
    </message>
    <message>
        <source>Enter your company&apos;s identity first (Settings, Your company): the mandate names you as the provider.</source>
        <translation>Enter your company&apos;s identity first (Settings, Your company): the mandate names you as the provider.</translation>
    </message>
    <message>
        <source>mandate-%1.pdf</source>
        <translation>mandate-%1.pdf</translation>
    </message>
</context>
<context>
    <name>Mandat::DossierEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>New dossier</source>
        <translation>New dossier</translation>
    </message>
    <message>
        <source>Dossier — %1</source>
        <translation>Dossier — %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Give the dossier a name, or the client company&apos;s name.</source>
        <translation>Give the dossier a name, or the client company&apos;s name.</translation>
    </message>
    <message>
        <source>The dossier was not saved.

%1</source>
        <translation>The dossier was not saved.

%1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Rejected by the operator: %1
Fix the dossier and submit it again.</source>
        <translation>Rejected by the operator: %1
Fix the dossier and submit it again.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <source>Save the dossier, then add its documents.</source>
        <translation>Save the dossier, then add its documents.</translation>
    </message>
    <message numerus="yes">
        <source>Ready, with %n warning(s) to read.</source>
        <translation>
            <numerusform>Ready, with %n warning to read.</numerusform>
            <numerusform>Ready, with %n warnings to read.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready: every check passed.</source>
        <translation>Ready: every check passed.</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>Documents (%1)</translation>
    </message>
    <message>
        <source>Mandate filled from %1: print it, have it signed and stamped, then add the signed copy.</source>
        <translation>Mandate filled from %1: print it, have it signed and stamped, then add the signed copy.</translation>
    </message>
    <message>
        <source>Submit to the operator</source>
        <translation>Submit to the operator</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Save the changes to this dossier?</source>
        <translation>Save the changes to this dossier?</translation>
    </message>
    <message>
        <source>Sync with the portal</source>
        <translation>Sync with the portal</translation>
    </message>
    <message>
        <source>%1 (from the archive, not confirmed by the portal)</source>
        <translation>%1 (from the archive, not confirmed by the portal)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n blocking problem(s)</source>
        <translation>
            <numerusform>%1 · %n blocking problem</numerusform>
            <numerusform>%1 · %n blocking problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Mandate information</source>
        <translation>Mandate information</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Tracking</translation>
    </message>
    <message>
        <source>Checking the dossier…</source>
        <translation>Checking the dossier…</translation>
    </message>
    <message>
        <source>Changed on the portal by %1 (version %2) while it was changed on this computer too. Nothing was overwritten: choose what to keep, field by field, then it is shared again.</source>
        <translation>Changed on the portal by %1 (version %2) while it was changed on this computer too. Nothing was overwritten: choose what to keep, field by field, then it is shared again.</translation>
    </message>
    <message>
        <source>another seat</source>
        <translation>another seat</translation>
    </message>
    <message>
        <source>Changed here and by another seat: choose what to keep first.</source>
        <translation>Changed here and by another seat: choose what to keep first.</translation>
    </message>
    <message>
        <source>Choose what to keep</source>
        <translation>Choose what to keep</translation>
    </message>
    <message>
        <source>Changed meanwhile on the portal too: %1. Your edits are kept; saving shares them over that change.</source>
        <translation>Changed meanwhile on the portal too: %1. Your edits are kept; saving shares them over that change.</translation>
    </message>
</context>
<context>
    <name>Mandat::DossierInfoPage</name>
    <message>
        <source>Allowed</source>
        <translation>Allowed</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Automated</source>
        <translation>Automated</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>valid SIREN</source>
        <translation>valid SIREN</translation>
    </message>
    <message>
        <source>VAT number: %1</source>
        <translation>VAT number: %1</translation>
    </message>
    <message>
        <source>Add a number</source>
        <translation>Add a number</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number that can be presented.

%2</source>
        <translation>&quot;%1&quot; is not a number that can be presented.

%2</translation>
    </message>
</context>
<context>
    <name>Mandat::DossierListModel</name>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Will retry</source>
        <translation>Will retry</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numbers</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Readiness</translation>
    </message>
    <message>
        <source>Stale on</source>
        <translation>Stale on</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Changed here and by another seat: open it to choose what to keep.</source>
        <translation>Changed here and by another seat: open it to choose what to keep.</translation>
    </message>
    <message>
        <source>Changed last on the portal by %1: %2</source>
        <translation>Changed last on the portal by %1: %2</translation>
    </message>
    <message>
        <source>its details</source>
        <translation>its details</translation>
    </message>
    <message>
        <source>its documents</source>
        <translation>its documents</translation>
    </message>
    <message>
        <source>its status</source>
        <translation>its status</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Changed by</translation>
    </message>
</context>
<context>
    <name>Mandat::DossierTrackingPage</name>
    <message numerus="yes">
        <source>Valid until %1 (%n day(s) left).</source>
        <translation>
            <numerusform>Valid until %1 (%n day left).</numerusform>
            <numerusform>Valid until %1 (%n days left).</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired on %1.</source>
        <translation>Expired on %1.</translation>
    </message>
    <message>
        <source>Not validated by the operator yet.</source>
        <translation>Not validated by the operator yet.</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Renew</translation>
    </message>
</context>
<context>
    <name>Mandat::DropZone</name>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Browse for: %1</source>
        <translation>Browse for: %1</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Documents (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>Mandat::GenerateMandateDialog</name>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generate</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Not fetched yet: Settings, Operator portal, &quot;Fetch the blank mandate&quot;.</source>
        <translation>Not fetched yet: Settings, Operator portal, &quot;Fetch the blank mandate&quot;.</translation>
    </message>
    <message>
        <source>Fetched from the portal on %1.</source>
        <translation>Fetched from the portal on %1.</translation>
    </message>
    <message>
        <source>Kept from the portal.</source>
        <translation>Kept from the portal.</translation>
    </message>
    <message>
        <source>%1 (your company&apos;s RCS city) when left empty</source>
        <translation>%1 (your company&apos;s RCS city) when left empty</translation>
    </message>
    <message>
        <source>The operator&apos;s PDF form</source>
        <translation>The operator&apos;s PDF form</translation>
    </message>
    <message>
        <source>PDF forms (*.pdf);;All files (*)</source>
        <translation>PDF forms (*.pdf);;All files (*)</translation>
    </message>
    <message>
        <source>MandatDesk&apos;s template</source>
        <translation>MandatDesk&apos;s template</translation>
    </message>
    <message>
        <source>the operator&apos;s template</source>
        <translation>the operator&apos;s template</translation>
    </message>
    <message>
        <source>Its fields are named after the dossier&apos;s values: nothing to set up.</source>
        <translation>Its fields are named after the dossier&apos;s values: nothing to set up.</translation>
    </message>
    <message>
        <source>Choose the form.</source>
        <translation>Choose the form.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s), filled as saved for this form.</source>
        <translation>
            <numerusform>%n field, filled as saved for this form.</numerusform>
            <numerusform>%n fields, filled as saved for this form.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s), filled as MandatDesk proposes: check it with Mapping….</source>
        <translation>
            <numerusform>%n field, filled as MandatDesk proposes: check it with Mapping….</numerusform>
            <numerusform>%n fields, filled as MandatDesk proposes: check it with Mapping….</numerusform>
        </translation>
    </message>
    <message>
        <source>No form field: say where the values go with Mapping….</source>
        <translation>No form field: say where the values go with Mapping….</translation>
    </message>
    <message numerus="yes">
        <source>No form field: %n value(s) placed on it.</source>
        <translation>
            <numerusform>No form field: %n value placed on it.</numerusform>
            <numerusform>No form field: %n values placed on it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal&apos;s template is not kept here yet: fetch it in Settings, Operator portal.</source>
        <translation>The portal&apos;s template is not kept here yet: fetch it in Settings, Operator portal.</translation>
    </message>
    <message>
        <source>Choose the operator&apos;s PDF form, or another template.</source>
        <translation>Choose the operator&apos;s PDF form, or another template.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Mapping</translation>
    </message>
    <message>
        <source>The operator&apos;s template, from the portal</source>
        <translation>The operator&apos;s template, from the portal</translation>
    </message>
    <message>
        <source>Generate the mandate</source>
        <translation>Generate the mandate</translation>
    </message>
    <message>
        <source>The mandate could not be filled on %1.

%2</source>
        <translation>The mandate could not be filled on %1.

%2</translation>
    </message>
</context>
<context>
    <name>Mandat::HistoryModel</name>
    <message>
        <source>(created)</source>
        <translation>(created)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
</context>
<context>
    <name>Mandat::MainWindow</name>
    <message>
        <source>About MandatDesk</source>
        <translation>About MandatDesk</translation>
    </message>
    <message>
        <source>MandatDesk %1
Prepares, checks and tracks third-party caller-ID mandates.</source>
        <translation>MandatDesk %1
Prepares, checks and tracks third-party caller-ID mandates.</translation>
    </message>
    <message>
        <source>MandatDesk — %1</source>
        <translation>MandatDesk — %1</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>All (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) shown</source>
        <translation>
            <numerusform>%n dossier shown</numerusform>
            <numerusform>%n dossiers shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>MandatDesk</source>
        <translation>MandatDesk</translation>
    </message>
    <message>
        <source>The dossiers could not be read.

%1</source>
        <translation>The dossiers could not be read.

%1</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Print %1</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>This dossier has no document yet.</source>
        <translation>This dossier has no document yet.</translation>
    </message>
    <message>
        <source>Checking the dossiers…</source>
        <translation>Checking the dossiers…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) queued for the operator.</source>
        <translation>
            <numerusform>%n dossier queued for the operator.</numerusform>
            <numerusform>%n dossiers queued for the operator.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not submitted:</source>
        <translation>Not submitted:</translation>
    </message>
    <message>
        <source>Submit to the operator</source>
        <translation>Submit to the operator</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>The selected dossiers have no document to print.</source>
        <translation>The selected dossiers have no document to print.</translation>
    </message>
    <message>
        <source>Print the dossiers</source>
        <translation>Print the dossiers</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>%n page sent to the printer.</numerusform>
            <numerusform>%n pages sent to the printer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>The selected dossiers have no document to export.</source>
        <translation>The selected dossiers have no document to export.</translation>
    </message>
    <message>
        <source>dossiers.pdf</source>
        <translation>dossiers.pdf</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n dossier(s) with their documents and history? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n dossier with its documents and history? This cannot be undone.</numerusform>
            <numerusform>Delete %n dossiers with their documents and history? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating demo dossiers…</source>
        <translation>Creating demo dossiers…</translation>
    </message>
    <message>
        <source>Demo dossiers</source>
        <translation>Demo dossiers</translation>
    </message>
    <message numerus="yes">
        <source>Export %n dossier(s) as an archive</source>
        <translation>
            <numerusform>Export %n dossier as an archive</numerusform>
            <numerusform>Export %n dossiers as an archive</numerusform>
        </translation>
    </message>
    <message>
        <source>dossiers-%1.zip</source>
        <translation>dossiers-%1.zip</translation>
    </message>
    <message>
        <source>Archives (*.zip)</source>
        <translation>Archives (*.zip)</translation>
    </message>
    <message>
        <source>Exporting the dossiers…</source>
        <translation>Exporting the dossiers…</translation>
    </message>
    <message>
        <source>The archive could not be written.

%1</source>
        <translation>The archive could not be written.

%1</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) exported to %1.</source>
        <translation>
            <numerusform>%n dossier exported to %1.</numerusform>
            <numerusform>%n dossiers exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import an archive</source>
        <translation>Import an archive</translation>
    </message>
    <message>
        <source>Checking and importing the archive…</source>
        <translation>Checking and importing the archive…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) of the archive are already here and were left unchanged. Replace them with the archive&apos;s version?</source>
        <translation>
            <numerusform>%n dossier of the archive is already here and was left unchanged. Replace it with the archive&apos;s version?</numerusform>
            <numerusform>%n dossiers of the archive are already here and were left unchanged. Replace them with the archive&apos;s version?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) imported.</source>
        <translation>
            <numerusform>%n dossier imported.</numerusform>
            <numerusform>%n dossiers imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced.</source>
        <translation>
            <numerusform>%n replaced.</numerusform>
            <numerusform>%n replaced.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not logged in to the portal: the dossiers wait in the outbox (Settings, Operator portal).</source>
        <translation>Not logged in to the portal: the dossiers wait in the outbox (Settings, Operator portal).</translation>
    </message>
    <message>
        <source>Syncing with the portal…</source>
        <translation>Syncing with the portal…</translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n sent</numerusform>
            <numerusform>%n sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced: nothing new.</source>
        <translation>Synced: nothing new.</translation>
    </message>
    <message>
        <source>Synced: %1.</source>
        <translation>Synced: %1.</translation>
    </message>
    <message>
        <source>Refused by the portal</source>
        <translation>Refused by the portal</translation>
    </message>
    <message>
        <source>Mandates ending soon</source>
        <translation>Mandates ending soon</translation>
    </message>
    <message>
        <source>Show MandatDesk</source>
        <translation>Show MandatDesk</translation>
    </message>
    <message>
        <source>The form&apos;s setup is saved: mandates filled on it use it.</source>
        <translation>The form&apos;s setup is saved: mandates filled on it use it.</translation>
    </message>
    <message>
        <source>MandatDesk — demo — %1</source>
        <translation>MandatDesk — demo — %1</translation>
    </message>
    <message>
        <source>1. Your company ✔</source>
        <translation>1. Your company ✔</translation>
    </message>
    <message>
        <source>1. Your company</source>
        <translation>1. Your company</translation>
    </message>
    <message>
        <source>%1, SIREN %2: on every mandate.</source>
        <translation>%1, SIREN %2: on every mandate.</translation>
    </message>
    <message>
        <source>Your identity as the provider, once: it goes on every mandate.</source>
        <translation>Your identity as the provider, once: it goes on every mandate.</translation>
    </message>
    <message>
        <source>Edit your company…</source>
        <translation>Edit your company…</translation>
    </message>
    <message>
        <source>Enter your company…</source>
        <translation>Enter your company…</translation>
    </message>
    <message>
        <source>Edit your company</source>
        <translation>Edit your company</translation>
    </message>
    <message>
        <source>Enter your company</source>
        <translation>Enter your company</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Will not be sent:</source>
        <translation>Will not be sent:</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n selected dossier(s) can be sent.</source>
        <translation>
            <numerusform>None of the %n selected dossier can be sent.</numerusform>
            <numerusform>None of the %n selected dossiers can be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n dossier(s) to the operator?</source>
        <translation>
            <numerusform>Send %n dossier to the operator?</numerusform>
            <numerusform>Send %n dossiers to the operator?</numerusform>
        </translation>
    </message>
    <message>
        <source>Will be sent:</source>
        <translation>Will be sent:</translation>
    </message>
    <message>
        <source>The demo could not be started.</source>
        <translation>The demo could not be started.</translation>
    </message>
    <message>
        <source>The demo opens in a window of its own, on a profile of its own (%1): your dossiers are not touched.</source>
        <translation>The demo opens in a window of its own, on a profile of its own (%1): your dossiers are not touched.</translation>
    </message>
    <message>
        <source>CSV, for a spreadsheet (*.csv)</source>
        <translation>CSV, for a spreadsheet (*.csv)</translation>
    </message>
    <message>
        <source>PDF, to send or print (*.pdf)</source>
        <translation>PDF, to send or print (*.pdf)</translation>
    </message>
    <message>
        <source>Export the list of authorised numbers</source>
        <translation>Export the list of authorised numbers</translation>
    </message>
    <message>
        <source>numeros-autorises-%1.pdf</source>
        <translation>numeros-autorises-%1.pdf</translation>
    </message>
    <message>
        <source>The list could not be exported.

%1</source>
        <translation>The list could not be exported.

%1</translation>
    </message>
    <message numerus="yes">
        <source>%n authorised number(s)</source>
        <translation>
            <numerusform>%n authorised number</numerusform>
            <numerusform>%n authorised numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n client(s) exported to %1.</source>
        <translation>
            <numerusform>of %n client exported to %1.</numerusform>
            <numerusform>of %n clients exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Since the list for %1: %2 added, %3 expired, %4 revoked.</source>
        <translation>Since the list for %1: %2 added, %3 expired, %4 revoked.</translation>
    </message>
    <message>
        <source>First list exported: the next one will show what changed since this one.</source>
        <translation>First list exported: the next one will show what changed since this one.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>To have blocked by the operator:</source>
        <translation>To have blocked by the operator:</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (in the file).</source>
        <translation>
            <numerusform>… and %n more (in the file).</numerusform>
            <numerusform>… and %n more (in the file).</numerusform>
        </translation>
    </message>
    <message>
        <source>List of authorised numbers</source>
        <translation>List of authorised numbers</translation>
    </message>
    <message>
        <source>Reading the dossiers: %1 of %2…</source>
        <translation>Reading the dossiers: %1 of %2…</translation>
    </message>
    <message numerus="yes">
        <source>%n changed by another seat too</source>
        <translation>
            <numerusform>%n changed by another seat too</numerusform>
            <numerusform>%n changed by another seat too</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed by another seat too: choose what to keep</source>
        <translation>Changed by another seat too: choose what to keep</translation>
    </message>
    <message numerus="yes">
        <source>%n of them are shared with the team: they stay on the portal and on the other seats, and this computer no longer receives them.</source>
        <translation>
            <numerusform>%n of them are shared with the team: they stay on the portal and on the other seats, and this computer no longer receives them.</numerusform>
            <numerusform>%n of them are shared with the team: they stay on the portal and on the other seats, and this computer no longer receives them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) from the portal</source>
        <translation>
            <numerusform>%n update from the portal</numerusform>
            <numerusform>%n updates from the portal</numerusform>
        </translation>
    </message>
    <message>
        <source>News from the portal</source>
        <translation>News from the portal</translation>
    </message>
</context>
<context>
    <name>Mandat::OutboxModel</name>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Error, will retry</source>
        <translation>Error, will retry</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Submission</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Next attempt</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
</context>
<context>
    <name>Mandat::ProviderDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>VAT number: %1</source>
        <translation>VAT number: %1</translation>
    </message>
    <message>
        <source>Enter your company&apos;s name.</source>
        <translation>Enter your company&apos;s name.</translation>
    </message>
    <message>
        <source>The SIREN is not valid: %1</source>
        <translation>The SIREN is not valid: %1</translation>
    </message>
    <message>
        <source>Your company was not saved.

%1</source>
        <translation>Your company was not saved.

%1</translation>
    </message>
</context>
<context>
    <name>Mandat::RecordDecisionDialog</name>
    <message>
        <source>No decision can be recorded from the status &quot;%1&quot;.</source>
        <translation>No decision can be recorded from the status &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Required: the reason the operator gave</source>
        <translation>Required: the reason the operator gave</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>The mandate will be valid until %1 (one year from the decision).</source>
        <translation>The mandate will be valid until %1 (one year from the decision).</translation>
    </message>
    <message>
        <source>The reason is shown at the top of the dossier, so it can be fixed and submitted again.</source>
        <translation>The reason is shown at the top of the dossier, so it can be fixed and submitted again.</translation>
    </message>
    <message>
        <source>The dossier is marked as submitted and waiting for the operator.</source>
        <translation>The dossier is marked as submitted and waiting for the operator.</translation>
    </message>
    <message>
        <source>Enter the reason the operator gave for the rejection.</source>
        <translation>Enter the reason the operator gave for the rejection.</translation>
    </message>
    <message>
        <source>Recorded by hand</source>
        <translation>Recorded by hand</translation>
    </message>
</context>
<context>
    <name>Mandat::SettingsDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>none: the system&apos;s authorities</source>
        <translation>none: the system&apos;s authorities</translation>
    </message>
    <message>
        <source>Pinned authority</source>
        <translation>Pinned authority</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificates (*.pem *.crt);;All files (*)</translation>
    </message>
    <message>
        <source>Not entered yet: the mandates need it.</source>
        <translation>Not entered yet: the mandates need it.</translation>
    </message>
    <message>
        <source>Logged in. The session is kept in the system keychain.</source>
        <translation>Logged in. The session is kept in the system keychain.</translation>
    </message>
    <message>
        <source>Logged in for this session (no system keychain here).</source>
        <translation>Logged in for this session (no system keychain here).</translation>
    </message>
    <message>
        <source>Not logged in: dossiers wait in the outbox until you log in.</source>
        <translation>Not logged in: dossiers wait in the outbox until you log in.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 holds no PEM certificate.</translation>
    </message>
    <message>
        <source>Not logged in: %1</source>
        <translation>Not logged in: %1</translation>
    </message>
    <message>
        <source>Operator portal</source>
        <translation>Operator portal</translation>
    </message>
    <message>
        <source>Login failed.

%1</source>
        <translation>Login failed.

%1</translation>
    </message>
    <message>
        <source>Not fetched yet. Once fetched, it is kept here and &quot;Generate the mandate&quot; can fill it, even offline.</source>
        <translation>Not fetched yet. Once fetched, it is kept here and &quot;Generate the mandate&quot; can fill it, even offline.</translation>
    </message>
    <message>
        <source>Kept here since %1: &quot;Generate the mandate&quot; can fill it, even offline. Fetch it again when the operator changes it.</source>
        <translation>Kept here since %1: &quot;Generate the mandate&quot; can fill it, even offline. Fetch it again when the operator changes it.</translation>
    </message>
    <message>
        <source>Log in to the portal first: the operator gives its blank mandate to its accounts only.</source>
        <translation>Log in to the portal first: the operator gives its blank mandate to its accounts only.</translation>
    </message>
    <message>
        <source>Fetching the blank mandate from %1…</source>
        <translation>Fetching the blank mandate from %1…</translation>
    </message>
    <message>
        <source>Not fetched: %1</source>
        <translation>Not fetched: %1</translation>
    </message>
    <message>
        <source>The operator&apos;s blank mandate could not be fetched.

%1</source>
        <translation>The operator&apos;s blank mandate could not be fetched.

%1</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>Server key</source>
        <translation>Server key</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate</source>
        <translation>The portal&apos;s certificate</translation>
    </message>
    <message>
        <source>Remove the pin</source>
        <translation>Remove the pin</translation>
    </message>
    <message>
        <source>Trust every certificate the system&apos;s authorities sign for %1 again, instead of the pinned %2?</source>
        <translation>Trust every certificate the system&apos;s authorities sign for %1 again, instead of the pinned %2?</translation>
    </message>
    <message>
        <source>The portal&apos;s own certificate (PEM), from the operator</source>
        <translation>The portal&apos;s own certificate (PEM), from the operator</translation>
    </message>
    <message>
        <source>Only if the operator gave you one (PEM)</source>
        <translation>Only if the operator gave you one (PEM)</translation>
    </message>
    <message>
        <source>server key %1</source>
        <translation>server key %1</translation>
    </message>
    <message>
        <source>authority %1</source>
        <translation>authority %1</translation>
    </message>
    <message>
        <source>Pinned certificate</source>
        <translation>Pinned certificate</translation>
    </message>
    <message>
        <source>The pin changes (now %1, new %2). Trust the new one?</source>
        <translation>The pin changes (now %1, new %2). Trust the new one?</translation>
    </message>
    <message>
        <source>The pin was kept.</source>
        <translation>The pin was kept.</translation>
    </message>
</context>
<context>
    <name>Mandat::TemplateMappingDialog</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Check box</source>
        <translation>Check box</translation>
    </message>
    <message>
        <source>Radio button</source>
        <translation>Radio button</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>Button</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Dossier value</source>
        <translation>Dossier value</translation>
    </message>
    <message>
        <source>From the left</source>
        <translation>From the left</translation>
    </message>
    <message>
        <source>From the top</source>
        <translation>From the top</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Font size</translation>
    </message>
    <message>
        <source>The operator&apos;s PDF form</source>
        <translation>The operator&apos;s PDF form</translation>
    </message>
    <message>
        <source>PDF forms (*.pdf);;All files (*)</source>
        <translation>PDF forms (*.pdf);;All files (*)</translation>
    </message>
    <message>
        <source>The operator&apos;s template, from the portal</source>
        <translation>The operator&apos;s template, from the portal</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>This PDF has no form field: say where each value is written — the page, and where its first line starts, in points from the top left of the page (an A4 page is 595 × 842 points).</source>
        <translation>This PDF has no form field: say where each value is written — the page, and where its first line starts, in points from the top left of the page (an A4 page is 595 × 842 points).</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s). The values are the ones saved for this form.</source>
        <translation>
            <numerusform>%n field. The values are the ones saved for this form.</numerusform>
            <numerusform>%n fields. The values are the ones saved for this form.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s). MandatDesk proposes the values from the fields&apos; names: check them, then save.</source>
        <translation>
            <numerusform>%n field. MandatDesk proposes the values from the fields&apos; names: check them, then save.</numerusform>
            <numerusform>%n fields. MandatDesk proposes the values from the fields&apos; names: check them, then save.</numerusform>
        </translation>
    </message>
    <message>
        <source>(signed by hand)</source>
        <translation>(signed by hand)</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nothing)</translation>
    </message>
    <message>
        <source>Value of the field %1</source>
        <translation>Value of the field %1</translation>
    </message>
    <message>
        <source>Value to place</source>
        <translation>Value to place</translation>
    </message>
    <message>
        <source>From the left of the page</source>
        <translation>From the left of the page</translation>
    </message>
    <message>
        <source>From the top of the page</source>
        <translation>From the top of the page</translation>
    </message>
    <message>
        <source>Operator&apos;s mandate form</source>
        <translation>Operator&apos;s mandate form</translation>
    </message>
    <message>
        <source>The form&apos;s setup was not saved.

%1</source>
        <translation>The form&apos;s setup was not saved.

%1</translation>
    </message>
</context>
<context>
    <name>MandateFiller</name>
    <message>
        <source>The template has no form field: place the values on its pages first.</source>
        <translation>The template has no form field: place the values on its pages first.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more number(s): see the annex</source>
        <translation>
            <numerusform>… and %n more number: see the annex</numerusform>
            <numerusform>… and %n more numbers: see the annex</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the template&apos;s fields is mapped to a dossier value.</source>
        <translation>None of the template&apos;s fields is mapped to a dossier value.</translation>
    </message>
    <message>
        <source>Annex — numbers covered by the mandate of %1</source>
        <translation>Annex — numbers covered by the mandate of %1</translation>
    </message>
    <message>
        <source>After adding the annex, the field &quot;%1&quot; lost its value.</source>
        <translation>After adding the annex, the field &quot;%1&quot; lost its value.</translation>
    </message>
    <message>
        <source>The annex does not show %1.</source>
        <translation>The annex does not show %1.</translation>
    </message>
    <message>
        <source>The template cannot be opened as a PDF.</source>
        <translation>The template cannot be opened as a PDF.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is placed on page %2, but the template has %3 page(s).</source>
        <translation>&quot;%1&quot; is placed on page %2, but the template has %3 page(s).</translation>
    </message>
    <message>
        <source>After filling, page %1 does not show &quot;%2&quot;.</source>
        <translation>After filling, page %1 does not show &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>MandateGenerator</name>
    <message>
        <source>The portal&apos;s template could not be recorded in the profile.</source>
        <translation>The portal&apos;s template could not be recorded in the profile.</translation>
    </message>
    <message>
        <source>The template has no form field: say first where each value goes on it (Mapping…; on the command line, template place).</source>
        <translation>The template has no form field: say first where each value goes on it (Mapping…; on the command line, template place).</translation>
    </message>
</context>
<context>
    <name>Module</name>
    <message>
        <source>not found in %1</source>
        <translation>not found in %1</translation>
    </message>
    <message>
        <source>MandatDesk&apos;s module %1 cannot be loaded (%2): reinstall MandatDesk.</source>
        <translation>MandatDesk&apos;s module %1 cannot be loaded (%2): reinstall MandatDesk.</translation>
    </message>
    <message>
        <source>MandatDesk&apos;s module %1 lacks %2: reinstall MandatDesk.</source>
        <translation>MandatDesk&apos;s module %1 lacks %2: reinstall MandatDesk.</translation>
    </message>
</context>
<context>
    <name>NumberCategory</name>
    <message>
        <source>invalid number</source>
        <translation>invalid number</translation>
    </message>
    <message>
        <source>verified multi-purpose number (NPV)</source>
        <translation>verified multi-purpose number (NPV)</translation>
    </message>
    <message>
        <source>geographic number</source>
        <translation>geographic number</translation>
    </message>
    <message>
        <source>non-geographic number</source>
        <translation>non-geographic number</translation>
    </message>
    <message>
        <source>platform number</source>
        <translation>platform number</translation>
    </message>
    <message>
        <source>mobile number</source>
        <translation>mobile number</translation>
    </message>
    <message>
        <source>machine-to-machine number</source>
        <translation>machine-to-machine number</translation>
    </message>
    <message>
        <source>special number, free</source>
        <translation>special number, free</translation>
    </message>
    <message>
        <source>special number, normal rate</source>
        <translation>special number, normal rate</translation>
    </message>
    <message>
        <source>special number, premium rate</source>
        <translation>special number, premium rate</translation>
    </message>
    <message>
        <source>short number</source>
        <translation>short number</translation>
    </message>
    <message>
        <source>foreign number</source>
        <translation>foreign number</translation>
    </message>
</context>
<context>
    <name>NumberClassifier</name>
    <message>
        <source>No number given.</source>
        <translation>No number given.</translation>
    </message>
    <message>
        <source>%1 is a short number: it cannot be presented as a caller ID.</source>
        <translation>%1 is a short number: it cannot be presented as a caller ID.</translation>
    </message>
    <message>
        <source>%1 is a foreign number: outside the French numbering plan, a French operator&apos;s mandate cannot cover it (Arcep decision 18-0881).</source>
        <translation>%1 is a foreign number: outside the French numbering plan, a French operator&apos;s mandate cannot cover it (Arcep decision 18-0881).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number in the French numbering plan.</source>
        <translation>&quot;%1&quot; is not a phone number in the French numbering plan.</translation>
    </message>
    <message>
        <source>%1 matches no range of the French numbering plan.</source>
        <translation>%1 matches no range of the French numbering plan.</translation>
    </message>
    <message>
        <source>A number starting with %1 has %2 digits; &quot;%3&quot; has %4.</source>
        <translation>A number starting with %1 has %2 digits; &quot;%3&quot; has %4.</translation>
    </message>
    <message>
        <source>call-centre agents may present it under a mandate</source>
        <translation>call-centre agents may present it under a mandate</translation>
    </message>
    <message>
        <source>call-centre agents may not present it</source>
        <translation>call-centre agents may not present it</translation>
    </message>
    <message>
        <source>automated calling systems may present it</source>
        <translation>automated calling systems may present it</translation>
    </message>
    <message>
        <source>automated calling systems may not present it</source>
        <translation>automated calling systems may not present it</translation>
    </message>
    <message>
        <source>%1 is a %2 (prefix %3): %4; %5 (%6).</source>
        <translation>%1 is a %2 (prefix %3): %4; %5 (%6).</translation>
    </message>
    <message>
        <source>%1 is in no range that libphonenumber knows for %2 (fixed or mobile): it cannot be presented.</source>
        <translation>%1 is in no range that libphonenumber knows for %2 (fixed or mobile): it cannot be presented.</translation>
    </message>
    <message>
        <source>On %1 no rule of the numbering plan applies yet to %2: the first applies from %3.</source>
        <translation>On %1 no rule of the numbering plan applies yet to %2: the first applies from %3.</translation>
    </message>
    <message>
        <source>%1 is in the block %2 of the numbering plan: %3 (%4).</source>
        <translation>%1 is in the block %2 of the numbering plan: %3 (%4).</translation>
    </message>
</context>
<context>
    <name>NumberingPlan</name>
    <message>
        <source>Unknown category &quot;%1&quot; in the numbering plan.</source>
        <translation>Unknown category &quot;%1&quot; in the numbering plan.</translation>
    </message>
    <message>
        <source>The numbering plan %1 has no range.</source>
        <translation>The numbering plan %1 has no range.</translation>
    </message>
    <message>
        <source>A range of the numbering plan has no valid &quot;since&quot; date.</source>
        <translation>A range of the numbering plan has no valid &quot;since&quot; date.</translation>
    </message>
</context>
<context>
    <name>OcrEngine</name>
    <message>
        <source>Text recognition (Tesseract with French data) is not installed: scanned pages cannot be read.</source>
        <translation>Text recognition (Tesseract with French data) is not installed: scanned pages cannot be read.</translation>
    </message>
    <message>
        <source>Text recognition was cancelled.</source>
        <translation>Text recognition was cancelled.</translation>
    </message>
    <message>
        <source>Text recognition failed on this page.</source>
        <translation>Text recognition failed on this page.</translation>
    </message>
    <message>
        <source>Text recognition took too long.</source>
        <translation>Text recognition took too long.</translation>
    </message>
</context>
<context>
    <name>PdfAppearances</name>
    <message>
        <source>The PDF&apos;s form could not be drawn: %1</source>
        <translation>The PDF&apos;s form could not be drawn: %1</translation>
    </message>
    <message>
        <source>The PDF has no page %1.</source>
        <translation>The PDF has no page %1.</translation>
    </message>
    <message>
        <source>Pages could not be taken out of the PDF: %1</source>
        <translation>Pages could not be taken out of the PDF: %1</translation>
    </message>
</context>
<context>
    <name>PdfFormBuilder</name>
    <message>
        <source>The PDF has an unexpected structure: its form fields cannot be added.</source>
        <translation>The PDF has an unexpected structure: its form fields cannot be added.</translation>
    </message>
    <message>
        <source>A form field is placed on a page the PDF does not have.</source>
        <translation>A form field is placed on a page the PDF does not have.</translation>
    </message>
</context>
<context>
    <name>PortalClient</name>
    <message>
        <source>The portal answered %1.</source>
        <translation>The portal answered %1.</translation>
    </message>
    <message>
        <source>The portal&apos;s address must start with https://.</source>
        <translation>The portal&apos;s address must start with https://.</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate is not trusted: %1. Pin its authority in the settings if you trust it.</source>
        <translation>The portal&apos;s certificate is not trusted: %1. Pin its authority in the settings if you trust it.</translation>
    </message>
    <message>
        <source>The portal cannot be reached: %1</source>
        <translation>The portal cannot be reached: %1</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate does not carry the pinned key (%1): it is refused.</source>
        <translation>The portal&apos;s certificate does not carry the pinned key (%1): it is refused.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer is larger than %1 MiB: it is refused.</source>
        <translation>The portal&apos;s answer is larger than %1 MiB: it is refused.</translation>
    </message>
</context>
<context>
    <name>PortalSession</name>
    <message>
        <source>The portal&apos;s address is an https:// URL, not &quot;%1&quot;.</source>
        <translation>The portal&apos;s address is an https:// URL, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Enter the account name the operator gave you.</source>
        <translation>Enter the account name the operator gave you.</translation>
    </message>
    <message>
        <source>The pinned authority is not a PEM certificate.</source>
        <translation>The pinned authority is not a PEM certificate.</translation>
    </message>
    <message>
        <source>The portal settings could not be saved in the profile.</source>
        <translation>The portal settings could not be saved in the profile.</translation>
    </message>
    <message>
        <source>Enter the portal&apos;s address first.</source>
        <translation>Enter the portal&apos;s address first.</translation>
    </message>
    <message>
        <source>Pin either the portal&apos;s authority or its server key, not both.</source>
        <translation>Pin either the portal&apos;s authority or its server key, not both.</translation>
    </message>
</context>
<context>
    <name>PortalTemplate</name>
    <message>
        <source>The portal&apos;s answer is not a PDF: no template was kept.</source>
        <translation>The portal&apos;s answer is not a PDF: no template was kept.</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>The dossier could not be printed.

%1</source>
        <translation>The dossier could not be printed.

%1</translation>
    </message>
    <message>
        <source>Export as one PDF</source>
        <translation>Export as one PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>The PDF could not be written.

%1</source>
        <translation>The PDF could not be written.

%1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) printed to %1.</source>
        <translation>
            <numerusform>%n page printed to %1.</numerusform>
            <numerusform>%n pages printed to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Cannot create the profile folder %1.</source>
        <translation>Cannot create the profile folder %1.</translation>
    </message>
</context>
<context>
    <name>ProviderDialog</name>
    <message>
        <source>Your company</source>
        <translation>Your company</translation>
    </message>
    <message>
        <source>Your company is the provider on every mandate: the client authorises it to present the client&apos;s numbers. Enter it once, as on your Kbis extract.</source>
        <translation>Your company is the provider on every mandate: the client authorises it to present the client&apos;s numbers. Enter it once, as on your Kbis extract.</translation>
    </message>
    <message>
        <source>&amp;Company name:</source>
        <translation>&amp;Company name:</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>Legal &amp;form:</source>
        <translation>Legal &amp;form:</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <source>SAS, SARL…</source>
        <translation>SAS, SARL…</translation>
    </message>
    <message>
        <source>Share &amp;capital:</source>
        <translation>Share &amp;capital:</translation>
    </message>
    <message>
        <source>Share capital</source>
        <translation>Share capital</translation>
    </message>
    <message>
        <source>10 000 €</source>
        <translation>10 000 €</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>&amp;SIREN:</source>
        <translation>&amp;SIREN:</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>9 digits</source>
        <translation>9 digits</translation>
    </message>
    <message>
        <source>SIREN check</source>
        <translation>SIREN check</translation>
    </message>
    <message>
        <source>&amp;RCS city:</source>
        <translation>&amp;RCS city:</translation>
    </message>
    <message>
        <source>RCS city</source>
        <translation>RCS city</translation>
    </message>
    <message>
        <source>&amp;Representative:</source>
        <translation>&amp;Representative:</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Representative</translation>
    </message>
    <message>
        <source>Representative&apos;s &amp;title:</source>
        <translation>Representative&apos;s &amp;title:</translation>
    </message>
    <message>
        <source>Representative&apos;s title</source>
        <translation>Representative&apos;s title</translation>
    </message>
</context>
<context>
    <name>ReadinessReport</name>
    <message>
        <source>The client&apos;s SIREN &quot;%1&quot; is not valid.</source>
        <translation>The client&apos;s SIREN &quot;%1&quot; is not valid.</translation>
    </message>
    <message>
        <source>The dossier has no number.</source>
        <translation>The dossier has no number.</translation>
    </message>
    <message>
        <source>%1 is a mobile number: a call centre may not present it (Arcep FAQ).</source>
        <translation>%1 is a mobile number: a call centre may not present it (Arcep FAQ).</translation>
    </message>
    <message>
        <source>%1 may not be presented by automated calling systems (Arcep decision 2022-1583): only verified multi-purpose numbers (NPV) and special numbers may.</source>
        <translation>%1 may not be presented by automated calling systems (Arcep decision 2022-1583): only verified multi-purpose numbers (NPV) and special numbers may.</translation>
    </message>
    <message>
        <source>The mandate signed and stamped by the client is missing.</source>
        <translation>The mandate signed and stamped by the client is missing.</translation>
    </message>
    <message>
        <source>The client&apos;s Kbis extract is missing.</source>
        <translation>The client&apos;s Kbis extract is missing.</translation>
    </message>
    <message>
        <source>An invoice showing the numbers is missing.</source>
        <translation>An invoice showing the numbers is missing.</translation>
    </message>
    <message>
        <source>No invoice under %1 months old shows the number %2.</source>
        <translation>No invoice under %1 months old shows the number %2.</translation>
    </message>
</context>
<context>
    <name>RecordDecisionDialog</name>
    <message>
        <source>Record the operator&apos;s decision</source>
        <translation>Record the operator&apos;s decision</translation>
    </message>
    <message>
        <source>For a dossier you handled outside MandatDesk (the operator&apos;s web site, e-mail, post): record what the operator decided.</source>
        <translation>For a dossier you handled outside MandatDesk (the operator&apos;s web site, e-mail, post): record what the operator decided.</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>New status</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>&amp;Decided on:</translation>
    </message>
    <message>
        <source>Day of the decision</source>
        <translation>Day of the decision</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Reason given by the operator</source>
        <translation>Reason given by the operator</translation>
    </message>
</context>
<context>
    <name>ReviewDesk</name>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>Not submitted</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Under review</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Kbis extract</source>
        <translation>Kbis extract</translation>
    </message>
    <message>
        <source>Phone invoice</source>
        <translation>Phone invoice</translation>
    </message>
    <message>
        <source>Signed mandate</source>
        <translation>Signed mandate</translation>
    </message>
    <message>
        <source>the day the extract is up to date</source>
        <translation>the day the extract is up to date</translation>
    </message>
    <message>
        <source>the day the extract was delivered</source>
        <translation>the day the extract was delivered</translation>
    </message>
    <message>
        <source>the date in the extract&apos;s footer</source>
        <translation>the date in the extract&apos;s footer</translation>
    </message>
    <message>
        <source>the day the situation is given at</source>
        <translation>the day the situation is given at</translation>
    </message>
    <message>
        <source>the day it was printed</source>
        <translation>the day it was printed</translation>
    </message>
    <message>
        <source>the invoice&apos;s date</source>
        <translation>the invoice&apos;s date</translation>
    </message>
    <message>
        <source>the end of the billing period</source>
        <translation>the end of the billing period</translation>
    </message>
    <message>
        <source>the due date</source>
        <translation>the due date</translation>
    </message>
    <message>
        <source>the direct debit&apos;s date</source>
        <translation>the direct debit&apos;s date</translation>
    </message>
    <message>
        <source>the signing date</source>
        <translation>the signing date</translation>
    </message>
    <message>
        <source>the registration date</source>
        <translation>the registration date</translation>
    </message>
    <message>
        <source>the date of a change</source>
        <translation>the date of a change</translation>
    </message>
    <message>
        <source>Kbis extract older than 3 months</source>
        <translation>Kbis extract older than 3 months</translation>
    </message>
    <message>
        <source>Invoice older than 3 months</source>
        <translation>Invoice older than 3 months</translation>
    </message>
    <message>
        <source>A number is not on the invoice</source>
        <translation>A number is not on the invoice</translation>
    </message>
    <message>
        <source>Mandate not signed or not stamped</source>
        <translation>Mandate not signed or not stamped</translation>
    </message>
    <message>
        <source>Invoice not in the client&apos;s name</source>
        <translation>Invoice not in the client&apos;s name</translation>
    </message>
    <message>
        <source>The Kbis extract is another company&apos;s</source>
        <translation>The Kbis extract is another company&apos;s</translation>
    </message>
    <message>
        <source>A document cannot be read</source>
        <translation>A document cannot be read</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Your session has ended: sign in again.</source>
        <translation>Your session has ended: sign in again.</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>This form did not come from this page: nothing was done.</source>
        <translation>This form did not come from this page: nothing was done.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>The sign-in form expired: try again.</source>
        <translation>The sign-in form expired: try again.</translation>
    </message>
    <message>
        <source>Too many sign-in attempts: try again in %1 s.</source>
        <translation>Too many sign-in attempts: try again in %1 s.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Wrong login or password.</translation>
    </message>
    <message>
        <source>The session could not be opened: try again.</source>
        <translation>The session could not be opened: try again.</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Submissions</translation>
    </message>
    <message>
        <source>The decision on %1 is recorded and sent to the provider.</source>
        <translation>The decision on %1 is recorded and sent to the provider.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>any time</translation>
    </message>
    <message>
        <source>%1 days or more</source>
        <translation>%1 days or more</translation>
    </message>
    <message>
        <source>SIREN or number</source>
        <translation>SIREN or number</translation>
    </message>
    <message>
        <source>e.g. 518452750</source>
        <translation>e.g. 518452750</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>1 submission</source>
        <translation>1 submission</translation>
    </message>
    <message>
        <source>%1 submissions</source>
        <translation>%1 submissions</translation>
    </message>
    <message>
        <source>Nothing to show with these filters.</source>
        <translation>Nothing to show with these filters.</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numbers</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 day</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>There is no submission %1.</source>
        <translation>There is no submission %1.</translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <translation>Back to the queue</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>provider %1</source>
        <translation>provider %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2.</source>
        <translation>Valid from %1 to %2.</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Legal name</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Registry (RCS)</source>
        <translation>Registry (RCS)</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Representative</translation>
    </message>
    <message>
        <source>Representative&apos;s title</source>
        <translation>Representative&apos;s title</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>automated calls</source>
        <translation>automated calls</translation>
    </message>
    <message>
        <source>calls by agents</source>
        <translation>calls by agents</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>May be shown for this use</source>
        <translation>May be shown for this use</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Documents and checks</source>
        <translation>Documents and checks</translation>
    </message>
    <message>
        <source>No check was kept for this version (it was not submitted since the desk opened).</source>
        <translation>No check was kept for this version (it was not submitted since the desk opened).</translation>
    </message>
    <message>
        <source>Date found</source>
        <translation>Date found</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Date stated by the provider</source>
        <translation>Date stated by the provider</translation>
    </message>
    <message>
        <source>Signature and stamp confirmed by</source>
        <translation>Signature and stamp confirmed by</translation>
    </message>
    <message>
        <source>No problem found.</source>
        <translation>No problem found.</translation>
    </message>
    <message>
        <source>Open the document on its own</source>
        <translation>Open the document on its own</translation>
    </message>
    <message>
        <source>No document.</source>
        <translation>No document.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Approve: valid for one year from today</source>
        <translation>Approve: valid for one year from today</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Choose a reason</source>
        <translation>Choose a reason</translation>
    </message>
    <message>
        <source>Details for the provider (optional)</source>
        <translation>Details for the provider (optional)</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Nothing was done</source>
        <translation>Nothing was done</translation>
    </message>
    <message>
        <source>Back to the submission</source>
        <translation>Back to the submission</translation>
    </message>
    <message>
        <source>This submission is no longer under review: it was decided already.</source>
        <translation>This submission is no longer under review: it was decided already.</translation>
    </message>
    <message>
        <source>Choose the reason of the rejection.</source>
        <translation>Choose the reason of the rejection.</translation>
    </message>
    <message>
        <source>The details are at most 1000 characters of text.</source>
        <translation>The details are at most 1000 characters of text.</translation>
    </message>
    <message>
        <source>Say why in the details when the reason is &quot;other&quot;.</source>
        <translation>Say why in the details when the reason is &quot;other&quot;.</translation>
    </message>
    <message>
        <source>The submission changed meanwhile: open it again.</source>
        <translation>The submission changed meanwhile: open it again.</translation>
    </message>
    <message>
        <source>The decision could not be stored: try again.</source>
        <translation>The decision could not be stored: try again.</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Read as</translation>
    </message>
    <message>
        <source>This page is not for your account.</source>
        <translation>This page is not for your account.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>For the operator&apos;s reviewers and the accounts&apos; administrators. Providers&apos; users use MandatDesk.</source>
        <translation>For the operator&apos;s reviewers and the accounts&apos; administrators. Providers&apos; users use MandatDesk.</translation>
    </message>
    <message>
        <source>This portal is for the operator&apos;s reviewers and the accounts&apos; administrators.</source>
        <translation>This portal is for the operator&apos;s reviewers and the accounts&apos; administrators.</translation>
    </message>
    <message>
        <source>Users of the account %1</source>
        <translation>Users of the account %1</translation>
    </message>
    <message>
        <source>%1 may now manage mandates.</source>
        <translation>%1 may now manage mandates.</translation>
    </message>
    <message>
        <source>%1 may no longer manage mandates: its next call to the portal is refused.</source>
        <translation>%1 may no longer manage mandates: its next call to the portal is refused.</translation>
    </message>
    <message>
        <source>%1 is disabled: its sessions are ended.</source>
        <translation>%1 is disabled: its sessions are ended.</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>%1 may sign in again.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Mandates right</source>
        <translation>Mandates right</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>user</source>
        <translation>user</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>invited</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>Withdraw the right</source>
        <translation>Withdraw the right</translation>
    </message>
    <message>
        <source>Grant the right</source>
        <translation>Grant the right</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>you</source>
        <translation>you</translation>
    </message>
    <message>
        <source>Invite a user</source>
        <translation>Invite a user</translation>
    </message>
    <message>
        <source>Login (letters, digits, . _ @ -)</source>
        <translation>Login (letters, digits, . _ @ -)</translation>
    </message>
    <message>
        <source>May manage mandates</source>
        <translation>May manage mandates</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Invite</translation>
    </message>
    <message>
        <source>Back to the users</source>
        <translation>Back to the users</translation>
    </message>
    <message>
        <source>There is no user %1 in your account.</source>
        <translation>There is no user %1 in your account.</translation>
    </message>
    <message>
        <source>You cannot disable yourself.</source>
        <translation>You cannot disable yourself.</translation>
    </message>
    <message>
        <source>This change does not exist.</source>
        <translation>This change does not exist.</translation>
    </message>
    <message>
        <source>The change could not be stored: try again.</source>
        <translation>The change could not be stored: try again.</translation>
    </message>
    <message>
        <source>A login is 3 to 64 letters, digits or . _ @ -.</source>
        <translation>A login is 3 to 64 letters, digits or . _ @ -.</translation>
    </message>
    <message>
        <source>The login %1 is taken: choose another.</source>
        <translation>The login %1 is taken: choose another.</translation>
    </message>
    <message>
        <source>%1 is invited. Send them this link, on this portal&apos;s address:</source>
        <translation>%1 is invited. Send them this link, on this portal&apos;s address:</translation>
    </message>
    <message>
        <source>It works once, for 72 hours, and is shown only now.</source>
        <translation>It works once, for 72 hours, and is shown only now.</translation>
    </message>
    <message>
        <source>Choose your password</source>
        <translation>Choose your password</translation>
    </message>
    <message>
        <source>This invitation is unknown, used or expired: ask your administrator for another.</source>
        <translation>This invitation is unknown, used or expired: ask your administrator for another.</translation>
    </message>
    <message>
        <source>Your login: %1</source>
        <translation>Your login: %1</translation>
    </message>
    <message>
        <source>Password (10 characters or more)</source>
        <translation>Password (10 characters or more)</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>The same again</translation>
    </message>
    <message>
        <source>Set my password</source>
        <translation>Set my password</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>The password needs 10 characters or more.</source>
        <translation>The password needs 10 characters or more.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Your password is set. Sign in from MandatDesk with the login %1.</source>
        <translation>Your password is set. Sign in from MandatDesk with the login %1.</translation>
    </message>
    <message>
        <source>MandatDesk operator portal</source>
        <translation>MandatDesk operator portal</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>The submission changed since you opened it: nothing was done. Open it again.</source>
        <translation>The submission changed since you opened it: nothing was done. Open it again.</translation>
    </message>
    <message>
        <source>%1 to %2 of %3 submissions</source>
        <translation>%1 to %2 of %3 submissions</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Your company</translation>
    </message>
    <message>
        <source>Edit your company…</source>
        <translation>Edit your company…</translation>
    </message>
    <message>
        <source>Edit your company</source>
        <translation>Edit your company</translation>
    </message>
    <message>
        <source>Operator portal</source>
        <translation>Operator portal</translation>
    </message>
    <message>
        <source>Portal &amp;address:</source>
        <translation>Portal &amp;address:</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>Portal address</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Only if the operator gave you one (PEM)</source>
        <translation>Only if the operator gave you one (PEM)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <source>Log in to the portal</source>
        <translation>Log in to the portal</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <source>Log out of the portal</source>
        <translation>Log out of the portal</translation>
    </message>
    <message>
        <source>Portal connection</source>
        <translation>Portal connection</translation>
    </message>
    <message>
        <source>Reminders and sync</source>
        <translation>Reminders and sync</translation>
    </message>
    <message>
        <source>&amp;Remind me before a mandate ends:</source>
        <translation>&amp;Remind me before a mandate ends:</translation>
    </message>
    <message>
        <source>Reminder delay in days</source>
        <translation>Reminder delay in days</translation>
    </message>
    <message>
        <source>Show desktop &amp;notifications</source>
        <translation>Show desktop &amp;notifications</translation>
    </message>
    <message>
        <source>Show desktop notifications</source>
        <translation>Show desktop notifications</translation>
    </message>
    <message>
        <source>&amp;Sync with the portal every:</source>
        <translation>&amp;Sync with the portal every:</translation>
    </message>
    <message>
        <source>Sync interval in minutes</source>
        <translation>Sync interval in minutes</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>The language changes at the next start.</source>
        <translation>The language changes at the next start.</translation>
    </message>
    <message>
        <source>The operator&apos;s blank mandate</source>
        <translation>The operator&apos;s blank mandate</translation>
    </message>
    <message>
        <source>&amp;Fetch the blank mandate</source>
        <translation>&amp;Fetch the blank mandate</translation>
    </message>
    <message>
        <source>Fetch the operator&apos;s blank mandate from the portal</source>
        <translation>Fetch the operator&apos;s blank mandate from the portal</translation>
    </message>
    <message>
        <source>Keeps the operator&apos;s own mandate form here, to fill mandates on it even offline.</source>
        <translation>Keeps the operator&apos;s own mandate form here, to fill mandates on it even offline.</translation>
    </message>
    <message>
        <source>Fetching the blank mandate</source>
        <translation>Fetching the blank mandate</translation>
    </message>
    <message>
        <source>&amp;Trust:</source>
        <translation>&amp;Trust:</translation>
    </message>
    <message>
        <source>What to pin</source>
        <translation>What to pin</translation>
    </message>
    <message>
        <source>An authority: only certificates it signed are trusted. A server key: only the portal&apos;s own key is trusted, whoever signed its certificate.</source>
        <translation>An authority: only certificates it signed are trusted. A server key: only the portal&apos;s own key is trusted, whoever signed its certificate.</translation>
    </message>
    <message>
        <source>Pinned certificate file</source>
        <translation>Pinned certificate file</translation>
    </message>
    <message>
        <source>Browse for the pinned certificate</source>
        <translation>Browse for the pinned certificate</translation>
    </message>
    <message>
        <source>Remove the pin</source>
        <translation>Remove the pin</translation>
    </message>
    <message>
        <source>Remove the pin: trust the system&apos;s authorities</source>
        <translation>Remove the pin: trust the system&apos;s authorities</translation>
    </message>
    <message>
        <source>Pinned fingerprint</source>
        <translation>Pinned fingerprint</translation>
    </message>
    <message>
        <source>Share &amp;drafts with the team at once</source>
        <translation>Share &amp;drafts with the team at once</translation>
    </message>
    <message>
        <source>Share drafts with the team at once</source>
        <translation>Share drafts with the team at once</translation>
    </message>
    <message>
        <source>Checked: the other seats of your account see a new dossier at the next sync. Unchecked: a dossier stays on this computer until it is submitted; once shared, its edits always go.</source>
        <translation>Checked: the other seats of your account see a new dossier at the next sync. Unchecked: a dossier stays on this computer until it is submitted; once shared, its edits always go.</translation>
    </message>
</context>
<context>
    <name>SignatureInfo</name>
    <message>
        <source>The PDF is digitally signed, but its signature cannot be checked here (Poppler&apos;s pdfsig is missing).</source>
        <translation>The PDF is digitally signed, but its signature cannot be checked here (Poppler&apos;s pdfsig is missing).</translation>
    </message>
    <message>
        <source>The digital signature could not be checked.</source>
        <translation>The digital signature could not be checked.</translation>
    </message>
</context>
<context>
    <name>StatusGroup</name>
    <message>
        <source>Not submitted</source>
        <translation>Not submitted</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Expiring soon</translation>
    </message>
</context>
<context>
    <name>Submission</name>
    <message>
        <source>Status &quot;%1&quot;: there is nothing to submit.</source>
        <translation>Status &quot;%1&quot;: there is nothing to submit.</translation>
    </message>
    <message numerus="yes">
        <source>Not ready: %n blocking problem(s). %1</source>
        <translation>
            <numerusform>Not ready: %n blocking problem. %1</numerusform>
            <numerusform>Not ready: %n blocking problems. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Corrected after the rejection</source>
        <translation>Corrected after the rejection</translation>
    </message>
    <message>
        <source>The submission could not be saved: %1</source>
        <translation>The submission could not be saved: %1</translation>
    </message>
    <message>
        <source>%1 is queued for the operator: it is sent at the next sync.</source>
        <translation>%1 is queued for the operator: it is sent at the next sync.</translation>
    </message>
    <message>
        <source>Already waiting to be sent to the operator: it goes at the next sync.</source>
        <translation>Already waiting to be sent to the operator: it goes at the next sync.</translation>
    </message>
    <message>
        <source>Already sent: the operator is reviewing it, and its decision comes back at a sync.</source>
        <translation>Already sent: the operator is reviewing it, and its decision comes back at a sync.</translation>
    </message>
    <message>
        <source>Already valid until %1: to present its numbers after that day, renew it instead.</source>
        <translation>Already valid until %1: to present its numbers after that day, renew it instead.</translation>
    </message>
    <message>
        <source>Already valid: to present its numbers longer, renew it instead.</source>
        <translation>Already valid: to present its numbers longer, renew it instead.</translation>
    </message>
    <message>
        <source>Its mandate ended on %1: renew it, which starts a new dossier to submit.</source>
        <translation>Its mandate ended on %1: renew it, which starts a new dossier to submit.</translation>
    </message>
    <message>
        <source>Its mandate has ended: renew it, which starts a new dossier to submit.</source>
        <translation>Its mandate has ended: renew it, which starts a new dossier to submit.</translation>
    </message>
    <message>
        <source>Changed here and by another seat at once: choose what to keep first, then submit.</source>
        <translation>Changed here and by another seat at once: choose what to keep first, then submit.</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>%1: submitted for verification</source>
        <translation>%1: submitted for verification</translation>
    </message>
    <message>
        <source>%1: %2 (will retry)</source>
        <translation>%1: %2 (will retry)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Changes from the portal: %1</source>
        <translation>Changes from the portal: %1</translation>
    </message>
    <message>
        <source>Rejected by the operator.</source>
        <translation>Rejected by the operator.</translation>
    </message>
    <message>
        <source>The outbox could not be updated.</source>
        <translation>The outbox could not be updated.</translation>
    </message>
    <message>
        <source>Changes from the portal: at the next sync (the portal asked to wait).</source>
        <translation>Changes from the portal: at the next sync (the portal asked to wait).</translation>
    </message>
    <message numerus="yes">
        <source>The portal asked to slow down: waited %n s in all.</source>
        <translation>
            <numerusform>The portal asked to slow down: waited %n s in all.</numerusform>
            <numerusform>The portal asked to slow down: waited %n s in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the portal asked to wait %n min; it goes at the next sync.</source>
        <translation>
            <numerusform>%1: the portal asked to wait %n min; it goes at the next sync.</numerusform>
            <numerusform>%1: the portal asked to wait %n min; it goes at the next sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more dossier(s) left for the next sync.</source>
        <translation>
            <numerusform>%n more dossier left for the next sync.</numerusform>
            <numerusform>%n more dossiers left for the next sync.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes from the portal: %1 (will retry)</source>
        <translation>Changes from the portal: %1 (will retry)</translation>
    </message>
    <message>
        <source>%1: %2 was not kept: %3</source>
        <translation>%1: %2 was not kept: %3</translation>
    </message>
    <message>
        <source>%1: received from the portal</source>
        <translation>%1: received from the portal</translation>
    </message>
    <message>
        <source>%1: the portal lists more numbers than a mandate holds.</source>
        <translation>%1: the portal lists more numbers than a mandate holds.</translation>
    </message>
    <message>
        <source>%1: the portal lists more documents than a dossier holds.</source>
        <translation>%1: the portal lists more documents than a dossier holds.</translation>
    </message>
    <message>
        <source>%1: the portal lists a document that cannot be asked for.</source>
        <translation>%1: the portal lists a document that cannot be asked for.</translation>
    </message>
    <message>
        <source>%1: shared with the team</source>
        <translation>%1: shared with the team</translation>
    </message>
    <message>
        <source>changed on the portal by %1 while this desktop changed it too: choose what to keep (nothing was overwritten)</source>
        <translation>changed on the portal by %1 while this desktop changed it too: choose what to keep (nothing was overwritten)</translation>
    </message>
    <message>
        <source>another seat</source>
        <translation>another seat</translation>
    </message>
    <message>
        <source>%1: the portal&apos;s version could not be taken: %2</source>
        <translation>%1: the portal&apos;s version could not be taken: %2</translation>
    </message>
    <message>
        <source>%1: changed by %2 on the portal</source>
        <translation>%1: changed by %2 on the portal</translation>
    </message>
    <message>
        <source>%1: %2 removed on the portal</source>
        <translation>%1: %2 removed on the portal</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n document(s) received from the portal</source>
        <translation>
            <numerusform>%1: %n document received from the portal</numerusform>
            <numerusform>%1: %n documents received from the portal</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: changed here meanwhile; the portal&apos;s version is looked at again at the next sync.</source>
        <translation>%1: changed here meanwhile; the portal&apos;s version is looked at again at the next sync.</translation>
    </message>
    <message numerus="yes">
        <source>Receiving %1 from the portal: %n document(s)…</source>
        <translation>
            <numerusform>Receiving %1 from the portal: %n document…</numerusform>
            <numerusform>Receiving %1 from the portal: %n documents…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not shared, the portal refused it: %2 (change the dossier to send it again)</source>
        <translation>%1: not shared, the portal refused it: %2 (change the dossier to send it again)</translation>
    </message>
    <message>
        <source>a document could not be downloaded: %1</source>
        <translation>a document could not be downloaded: %1</translation>
    </message>
    <message>
        <source>the portal sent a document whose content does not match its SHA-256; it is refused.</source>
        <translation>the portal sent a document whose content does not match its SHA-256; it is refused.</translation>
    </message>
    <message numerus="yes">
        <source>its documents are over %n MB in all; they are not taken.</source>
        <translation>
            <numerusform>its documents are over %n MB in all; they are not taken.</numerusform>
            <numerusform>its documents are over %n MB in all; they are not taken.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateMappingDialog</name>
    <message>
        <source>Operator&apos;s mandate form</source>
        <translation>Operator&apos;s mandate form</translation>
    </message>
    <message>
        <source>An operator&apos;s blank mandate, as a PDF: MandatDesk proposes which dossier value goes in each of its form fields; on a PDF without fields, you say where each value is written. Correct what is wrong and save: it is remembered for this PDF and used each time a mandate is filled on it.</source>
        <translation>An operator&apos;s blank mandate, as a PDF: MandatDesk proposes which dossier value goes in each of its form fields; on a PDF without fields, you say where each value is written. Correct what is wrong and save: it is remembered for this PDF and used each time a mandate is filled on it.</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <source>Operator&apos;s PDF form</source>
        <translation>Operator&apos;s PDF form</translation>
    </message>
    <message>
        <source>The operator&apos;s PDF form: type its path or browse</source>
        <translation>The operator&apos;s PDF form: type its path or browse</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Browse for the operator&apos;s PDF form</source>
        <translation>Browse for the operator&apos;s PDF form</translation>
    </message>
    <message>
        <source>The &amp;portal&apos;s template</source>
        <translation>The &amp;portal&apos;s template</translation>
    </message>
    <message>
        <source>Use the template kept from the operator&apos;s portal</source>
        <translation>Use the template kept from the operator&apos;s portal</translation>
    </message>
    <message>
        <source>Form state</source>
        <translation>Form state</translation>
    </message>
    <message>
        <source>Fields of the form and the value each takes</source>
        <translation>Fields of the form and the value each takes</translation>
    </message>
    <message>
        <source>Where each value is written</source>
        <translation>Where each value is written</translation>
    </message>
    <message>
        <source>&amp;Add a value</source>
        <translation>&amp;Add a value</translation>
    </message>
    <message>
        <source>Add a value to place</source>
        <translation>Add a value to place</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Remove the selected placement</source>
        <translation>Remove the selected placement</translation>
    </message>
</context>
<context>
    <name>TemplateSetup</name>
    <message>
        <source>The template has no field named %1.</source>
        <translation>The template has no field named %1.</translation>
    </message>
    <message>
        <source>Unknown value &quot;%1&quot;; the values are: %2</source>
        <translation>Unknown value &quot;%1&quot;; the values are: %2</translation>
    </message>
    <message>
        <source>%1: a placement is a page from 1, a position in points from the top left of the page, and a size from 1 to 99 points.</source>
        <translation>%1: a placement is a page from 1, a position in points from the top left of the page, and a size from 1 to 99 points.</translation>
    </message>
    <message>
        <source>%1 is placed twice: keep one place per value.</source>
        <translation>%1 is placed twice: keep one place per value.</translation>
    </message>
</context>
<context>
    <name>TemplateValues</name>
    <message>
        <source>company name</source>
        <translation>company name</translation>
    </message>
    <message>
        <source>legal form</source>
        <translation>legal form</translation>
    </message>
    <message>
        <source>share capital</source>
        <translation>share capital</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>RCS city</source>
        <translation>RCS city</translation>
    </message>
    <message>
        <source>representative</source>
        <translation>representative</translation>
    </message>
    <message>
        <source>representative&apos;s title</source>
        <translation>representative&apos;s title</translation>
    </message>
    <message>
        <source>Dossier name</source>
        <translation>Dossier name</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numbers</translation>
    </message>
    <message>
        <source>Numbers that do not fit (annex)</source>
        <translation>Numbers that do not fit (annex)</translation>
    </message>
    <message>
        <source>Calls by agents (check box)</source>
        <translation>Calls by agents (check box)</translation>
    </message>
    <message>
        <source>Automated calls (check box)</source>
        <translation>Automated calls (check box)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Place of signature (&quot;Fait à&quot;)</source>
        <translation>Place of signature (&quot;Fait à&quot;)</translation>
    </message>
    <message>
        <source>Date of signature</source>
        <translation>Date of signature</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Client: %1</translation>
    </message>
    <message>
        <source>Your company: %1</source>
        <translation>Your company: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Use the profile in DIR.</source>
        <translation>Use the profile in DIR.</translation>
    </message>
    <message>
        <source>Interface language: fr or en.</source>
        <translation>Interface language: fr or en.</translation>
    </message>
    <message>
        <source>Quit after MS milliseconds (smoke tests).</source>
        <translation>Quit after MS milliseconds (smoke tests).</translation>
    </message>
    <message>
        <source>MandatDesk</source>
        <translation>MandatDesk</translation>
    </message>
    <message>
        <source>The profile cannot be opened.

%1</source>
        <translation>The profile cannot be opened.

%1</translation>
    </message>
    <message>
        <source>Fill a new profile with demo dossiers in every status.</source>
        <translation>Fill a new profile with demo dossiers in every status.</translation>
    </message>
    <message>
        <source>How many demo dossiers (default 24).</source>
        <translation>How many demo dossiers (default 24).</translation>
    </message>
    <message>
        <source>Window size, WIDTHxHEIGHT.</source>
        <translation>Window size, WIDTHxHEIGHT.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE, then quit.</source>
        <translation>Save a picture of the window to FILE, then quit.</translation>
    </message>
    <message>
        <source>Creating demo dossiers…</source>
        <translation>Creating demo dossiers…</translation>
    </message>
    <message>
        <source>The demo dossiers could not be created.

%1</source>
        <translation>The demo dossiers could not be created.

%1</translation>
    </message>
    <message>
        <source>Open the dossier ID (or a unique prefix of it).</source>
        <translation>Open the dossier ID (or a unique prefix of it).</translation>
    </message>
    <message>
        <source>With --open: show the editor&apos;s tab N (1-3).</source>
        <translation>With --open: show the editor&apos;s tab N (1-3).</translation>
    </message>
    <message>
        <source>Open the CSV import with FILE.</source>
        <translation>Open the CSV import with FILE.</translation>
    </message>
    <message>
        <source>Import the dossier archive FILE.</source>
        <translation>Import the dossier archive FILE.</translation>
    </message>
    <message>
        <source>Try this build: open a dossier (--open, or the first), generate its mandate, preview and print it into DIR, then quit.</source>
        <translation>Try this build: open a dossier (--open, or the first), generate its mandate, preview and print it into DIR, then quit.</translation>
    </message>
    <message>
        <source>Open a window over the others: settings, or preview (the documents of the dossier given with --open).</source>
        <translation>Open a window over the others: settings, or preview (the documents of the dossier given with --open).</translation>
    </message>
    <message>
        <source>Quit once the whole list of dossiers is read (benchmarks).</source>
        <translation>Quit once the whole list of dossiers is read (benchmarks).</translation>
    </message>
</context>
</TS>
