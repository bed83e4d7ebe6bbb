<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
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
        <source>Use: numbers classify NUMBER...</source>
        <translation>Use: numbers classify NUMBER...</translation>
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
        <source>Use: dossier create|list|show|set-status|renew|add-document|check|set-date|confirm-signature ...</source>
        <translation>Use: dossier create|list|show|set-status|renew|add-document|check|set-date|confirm-signature ...</translation>
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
        <source>Use: check FILE... --kind kbis|invoice|mandate [--siren S] [--number N ...]</source>
        <translation>Use: check FILE... --kind kbis|invoice|mandate [--siren S] [--number N ...]</translation>
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
        <source>Use: dossier confirm-signature DOCUMENT_ID</source>
        <translation>Use: dossier confirm-signature DOCUMENT_ID</translation>
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
        <source>The template has no form field: place the values first with template place.</source>
        <translation>The template has no form field: place the values first with template place.</translation>
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
        <source>Unknown value &quot;%1&quot;; the values are: %2</source>
        <translation>Unknown value &quot;%1&quot;; the values are: %2</translation>
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
        <source>The template has no field named %1.</source>
        <translation>The template has no field named %1.</translation>
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
        <source>Use: export-pdf ID --out OUT.pdf</source>
        <translation>Use: export-pdf ID --out OUT.pdf</translation>
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
        <source>The portal&apos;s address is an https:// URL, not &quot;%1&quot;.</source>
        <translation>The portal&apos;s address is an https:// URL, not &quot;%1&quot;.</translation>
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
        <source>Use: portal login URL [--user U] [--ca FILE], portal template [--password-stdin], or portal status</source>
        <translation>Use: portal login URL [--user U] [--ca FILE], portal template [--password-stdin], or portal status</translation>
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
        <source>Usage: mandatdesk-cli [--profile DIR] [--json] [--today YYYY-MM-DD] [--lang fr|en] COMMAND ...

Commands:
  numbers classify NUMBER...          category and permissions of each number
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
  dossier confirm-signature DOCUMENT_ID     the scan bears signature and stamp
  check FILE... --kind kbis|invoice|mandate [--siren S] [--number N ...] [--on YYYY-MM-DD]
        [--date YYYY-MM-DD] [--signature-confirmed] [--max-size MB]
  company set-provider --name N --siren S [--legal-form F] [--capital C] [--address A]
        [--rcs-city V] [--representative R] [--representative-title T]   your own company
  template fields FILE                the form fields of a PDF template
  template map FILE [--set FIELD=KEY ...] [--save]   which dossier value each field takes
  template place FILE --set KEY=PAGE,X,Y[,SIZE] ...  where values go on a template without fields
  print ID --to-pdf OUT.pdf [--dpi N] [--document DOCUMENT_ID]   print the dossier (or one document)
  export-pdf ID --out OUT.pdf         the dossier&apos;s PDF documents merged, fillable as they are
  portal login URL [--user U] [--ca FILE] [--accept-new-ca]   the operator&apos;s portal (password on stdin)
  portal status                       the portal, and what waits to be sent
  portal template [--password-stdin]  keep the operator&apos;s blank mandate (fill --template portal)
  submit ID [--password-stdin]        submit for verification (queued first, sent when possible)
  sync [--password-stdin] [--retry-now]   send what waits, receive the portal&apos;s decisions
  fill ID [--template FILE] --out OUT.pdf [--place P] [--date YYYY-MM-DD] [--start YYYY-MM-DD]

Exit codes: 0 done, 1 something blocks, 2 usage error or unreadable input.
</source>
        <translation>Usage: mandatdesk-cli [--profile DIR] [--json] [--today YYYY-MM-DD] [--lang fr|en] COMMAND ...

Commands:
  numbers classify NUMBER...          category and permissions of each number
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
  dossier confirm-signature DOCUMENT_ID     the scan bears signature and stamp
  check FILE... --kind kbis|invoice|mandate [--siren S] [--number N ...] [--on YYYY-MM-DD]
        [--date YYYY-MM-DD] [--signature-confirmed] [--max-size MB]
  company set-provider --name N --siren S [--legal-form F] [--capital C] [--address A]
        [--rcs-city V] [--representative R] [--representative-title T]   your own company
  template fields FILE                the form fields of a PDF template
  template map FILE [--set FIELD=KEY ...] [--save]   which dossier value each field takes
  template place FILE --set KEY=PAGE,X,Y[,SIZE] ...  where values go on a template without fields
  print ID --to-pdf OUT.pdf [--dpi N] [--document DOCUMENT_ID]   print the dossier (or one document)
  export-pdf ID --out OUT.pdf         the dossier&apos;s PDF documents merged, fillable as they are
  portal login URL [--user U] [--ca FILE] [--accept-new-ca]   the operator&apos;s portal (password on stdin)
  portal status                       the portal, and what waits to be sent
  portal template [--password-stdin]  keep the operator&apos;s blank mandate (fill --template portal)
  submit ID [--password-stdin]        submit for verification (queued first, sent when possible)
  sync [--password-stdin] [--retry-now]   send what waits, receive the portal&apos;s decisions
  fill ID [--template FILE] --out OUT.pdf [--place P] [--date YYYY-MM-DD] [--start YYYY-MM-DD]

Exit codes: 0 done, 1 something blocks, 2 usage error or unreadable input.
</translation>
    </message>
    <message>
        <source>The portal&apos;s pinned authority would change (now %1, new %2). If you trust the new one, log in again with --accept-new-ca.</source>
        <translation>The portal&apos;s pinned authority would change (now %1, new %2). If you trust the new one, log in again with --accept-new-ca.</translation>
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
        <source>The Kbis says the company is struck off the register (&quot;%1&quot;): it cannot give a mandate.</source>
        <translation>The Kbis says the company is struck off the register (&quot;%1&quot;): it cannot give a mandate.</translation>
    </message>
    <message>
        <source>No SIREN could be read on the Kbis: check by eye that it is the client&apos;s.</source>
        <translation>No SIREN could be read on the Kbis: check by eye that it is the client&apos;s.</translation>
    </message>
    <message>
        <source>The Kbis is another company&apos;s: SIREN %1, while the client&apos;s is %2.</source>
        <translation>The Kbis is another company&apos;s: SIREN %1, while the client&apos;s is %2.</translation>
    </message>
    <message>
        <source>The text does not look like an extract of the trade register (no &quot;Kbis&quot; or &quot;Registre du commerce et des sociétés&quot;).</source>
        <translation>The text does not look like an extract of the trade register (no &quot;Kbis&quot; or &quot;Registre du commerce et des sociétés&quot;).</translation>
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
</context>
<context>
    <name>DocumentIntake</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
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
        <source>Print this document…</source>
        <translation>Print this document…</translation>
    </message>
    <message>
        <source>Print this document</source>
        <translation>Print this document</translation>
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
    <name>DossierListModel</name>
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
        <source>Valid until</source>
        <translation>Valid until</translation>
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
        <source>MandatDesk</source>
        <translation>MandatDesk</translation>
    </message>
    <message>
        <source>No mandate dossier yet</source>
        <translation>No mandate dossier yet</translation>
    </message>
    <message>
        <source>A dossier takes three steps, as at the operator:&lt;ol&gt;&lt;li&gt;&lt;b&gt;Mandate details&lt;/b&gt;: the client company and the numbers it lets you present;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Documents&lt;/b&gt;: the signed mandate, a Kbis extract and an invoice under 3 months old;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Submit for verification&lt;/b&gt;, then follow the status until the mandate is valid.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>A dossier takes three steps, as at the operator:&lt;ol&gt;&lt;li&gt;&lt;b&gt;Mandate details&lt;/b&gt;: the client company and the numbers it lets you present;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Documents&lt;/b&gt;: the signed mandate, a Kbis extract and an invoice under 3 months old;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Submit for verification&lt;/b&gt;, then follow the status until the mandate is valid.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Dossier list</source>
        <translation>Dossier list</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>MandatDesk — %1</source>
        <translation>MandatDesk — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Dossier</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>&amp;Preview documents…</source>
        <translation>&amp;Preview documents…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Print dossier…</source>
        <translation>&amp;Print dossier…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Export as one PDF…</source>
        <translation>&amp;Export as one PDF…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
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
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The dossier could not be printed.

%1</source>
        <translation>The dossier could not be printed.

%1</translation>
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
        <source>This dossier has no document to export.</source>
        <translation>This dossier has no document to export.</translation>
    </message>
    <message>
        <source>Export the dossier as one PDF</source>
        <translation>Export the dossier as one PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>The dossier could not be exported.

%1</source>
        <translation>The dossier could not be exported.

%1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Print %1</translation>
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
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Cannot create the profile folder %1.</source>
        <translation>Cannot create the profile folder %1.</translation>
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
</context>
</TS>
