<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
<context>
    <name>BlobStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the document folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the document: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored document %1 is missing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the stored document: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
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

Exit codes: 0 done, 1 something blocks, 2 usage error or unreadable input.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run mandatdesk-cli --help for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today takes a date written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: numbers classify NUMBER...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one number to classify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: company check-siren SIREN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a valid %2. SIREN %3, VAT number %4.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: dossier create|list|show|set-status|renew ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dossier create needs --name, --client-name, --siren and at least one --number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--use is &quot;agents&quot; or &quot;automated&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier created: %1 (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dossier list takes no argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dossier yet.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: dossier show ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: dossier set-status ID STATUS [--reason R] [--on YYYY-MM-DD]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;; use not_submitted, queued, under_review, rejected, valid or expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on takes a date written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now &quot;%2&quot;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: dossier renew ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal created: %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyIdentifier</name>
    <message>
        <source>No SIREN given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SIREN has digits only: &quot;%1&quot; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIREN %1 fails its check digit (Luhn): a digit is probably mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIRET %1 fails its check digit: a digit is probably mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A SIREN has 9 digits and a SIRET 14; &quot;%1&quot; has %n digit(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile was written by a newer MandatDesk (schema %1; this version knows up to %2). Update MandatDesk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a database transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save to the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Filled mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kbis extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <source>The number %1 is already in this dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rejection needs its reason, as the operator gave it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierStatus</name>
    <message>
        <source>Not submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued for sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier is already &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dossier cannot go from &quot;%1&quot; to &quot;%2&quot;: renew it instead, which creates a new dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dossier cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierStore</name>
    <message>
        <source>The company record %1 is missing from the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 appears twice in the dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dossier with the id %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dossier has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least the first 4 characters of the dossier id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several dossiers have an id starting with %1: give more characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a valid or expired mandate can be renewed; this one is &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is already in the dossier, as &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MandatDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mandate dossier yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dossier takes three steps, as at the operator:&lt;ol&gt;&lt;li&gt;&lt;b&gt;Mandate details&lt;/b&gt;: the client company and the numbers it lets you present;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Documents&lt;/b&gt;: the signed mandate, a Kbis extract and an invoice under 3 months old;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Submit for verification&lt;/b&gt;, then follow the status until the mandate is valid.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MandatDesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NumberCategory</name>
    <message>
        <source>invalid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified multi-purpose number (NPV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geographic number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non-geographic number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>platform number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machine-to-machine number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>special number, free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>special number, normal rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>special number, premium rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foreign number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberClassifier</name>
    <message>
        <source>No number given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a short number: it cannot be presented as a caller ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a foreign number: outside the French numbering plan, a French operator&apos;s mandate cannot cover it (Arcep decision 18-0881).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number in the French numbering plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches no range of the French numbering plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number starting with %1 has %2 digits; &quot;%3&quot; has %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call-centre agents may present it under a mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call-centre agents may not present it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automated calling systems may present it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automated calling systems may not present it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2 (prefix %3): %4; %5 (%6).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberingPlan</name>
    <message>
        <source>Cannot read the numbering plan %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbering plan %1 is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot; in the numbering plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbering plan %1 has no range.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Cannot create the profile folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Use the profile in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: fr or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit after MS milliseconds (smoke tests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MandatDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile cannot be opened.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
