<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
<context>
    <name>AuthorisedChanges</name>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>révoqué</translation>
    </message>
    <message>
        <source>the mandate&apos;s validity ended</source>
        <translation>la validité du mandat a pris fin</translation>
    </message>
    <message>
        <source>the dossier was deleted</source>
        <translation>le dossier a été supprimé</translation>
    </message>
    <message>
        <source>the number was removed from the dossier</source>
        <translation>le numéro a été retiré du dossier</translation>
    </message>
    <message>
        <source>the dossier&apos;s client changed</source>
        <translation>le client du dossier a changé</translation>
    </message>
    <message>
        <source>the mandate is not valid yet on that day</source>
        <translation>le mandat n&apos;est pas encore valide ce jour-là</translation>
    </message>
    <message>
        <source>the mandate is now &quot;%1&quot;</source>
        <translation>le mandat est désormais « %1 »</translation>
    </message>
    <message>
        <source>the mandate is no longer valid</source>
        <translation>le mandat n&apos;est plus valide</translation>
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
        <translation>Numéro</translation>
    </message>
    <message>
        <source>E.164</source>
        <translation>E.164</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Validated on</source>
        <translation>Validé le</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu&apos;au</translation>
    </message>
    <message>
        <source>Other valid mandates</source>
        <translation>Autres mandats valides</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation>%1 (jusqu&apos;au %2)</translation>
    </message>
    <message>
        <source>Numbers authorised for presentation on %1</source>
        <translation>Numéros autorisés à la présentation le %1</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>Prestataire : %1</translation>
    </message>
    <message numerus="yes">
        <source>The numbers of the valid mandates, per client (ARCEP decision 2025-2215): the provider may present these numbers and no other. %n number(s) of %1 client(s). A number under several valid mandates is listed once, with the one that lasts longest.</source>
        <translation>
            <numerusform>Les numéros des mandats valides, par client (décision Arcep 2025-2215) : le prestataire peut présenter ces numéros et aucun autre. %n numéro, client(s) : %1. Un numéro couvert par plusieurs mandats valides n&apos;est listé qu&apos;une fois, avec celui qui dure le plus longtemps.</numerusform>
            <numerusform>Les numéros des mandats valides, par client (décision Arcep 2025-2215) : le prestataire peut présenter ces numéros et aucun autre. %n numéros, client(s) : %1. Un numéro couvert par plusieurs mandats valides n&apos;est listé qu&apos;une fois, avec celui qui dure le plus longtemps.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (SIREN %2)</source>
        <translation>%1 (SIREN %2)</translation>
    </message>
    <message numerus="yes">
        <source>(also under %n other valid mandate(s))</source>
        <translation>
            <numerusform>(aussi couvert par %n autre mandat valide)</numerusform>
            <numerusform>(aussi couvert par %n autres mandats valides)</numerusform>
        </translation>
    </message>
    <message>
        <source>No valid mandate on that day: no number may be presented.</source>
        <translation>Aucun mandat valide ce jour-là : aucun numéro ne peut être présenté.</translation>
    </message>
    <message>
        <source>Changes since the last list</source>
        <translation>Changements depuis la dernière liste</translation>
    </message>
    <message>
        <source>No list was exported before: every number is new.</source>
        <translation>Aucune liste n&apos;a été exportée auparavant : chaque numéro est nouveau.</translation>
    </message>
    <message>
        <source>Compared with the list for %1, exported on %2.</source>
        <translation>Comparé à la liste du %1, exportée le %2.</translation>
    </message>
    <message numerus="yes">
        <source>Added: %n number(s)</source>
        <translation>
            <numerusform>Ajouté : %n numéro</numerusform>
            <numerusform>Ajoutés : %n numéros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expired: %n number(s), to block</source>
        <translation>
            <numerusform>Expiré : %n numéro, à bloquer</numerusform>
            <numerusform>Expirés : %n numéros, à bloquer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked: %n number(s), to block</source>
        <translation>
            <numerusform>Révoqué : %n numéro, à bloquer</numerusform>
            <numerusform>Révoqués : %n numéros, à bloquer</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>Le PDF n&apos;a pas pu être écrit dans %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>The list was written to %1, but could not be kept as the reference for the next export: %2</source>
        <translation>La liste a été écrite dans %1, mais n&apos;a pas pu être gardée comme référence pour le prochain export : %2</translation>
    </message>
</context>
<context>
    <name>BlobStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot create the document folder %1.</source>
        <translation>Impossible de créer le dossier des documents %1.</translation>
    </message>
    <message>
        <source>Cannot store the document: %1</source>
        <translation>Impossible d&apos;enregistrer le document : %1</translation>
    </message>
    <message>
        <source>The stored document %1 is missing: %2</source>
        <translation>Le document enregistré %1 est introuvable : %2</translation>
    </message>
    <message>
        <source>Cannot remove the stored document: %1</source>
        <translation>Impossible de supprimer le document enregistré : %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run mandatdesk-cli --help for the commands.</source>
        <translation>Lancez mandatdesk-cli --help pour la liste des commandes.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>L&apos;option %1 attend une valeur.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Option inconnue : %1.</translation>
    </message>
    <message>
        <source>--today takes a date written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--today attend une date écrite AAAA-MM-JJ, pas « %1 ».</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue : « %1 ».</translation>
    </message>
    <message>
        <source>Give at least one number to classify.</source>
        <translation>Indiquez au moins un numéro à classer.</translation>
    </message>
    <message>
        <source>Use: company check-siren SIREN</source>
        <translation>Usage : company check-siren SIREN</translation>
    </message>
    <message>
        <source>%1 is a valid %2. SIREN %3, VAT number %4.
</source>
        <translation>%1 est un %2 valide. SIREN %3, numéro de TVA %4.
</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument inattendu : « %1 ».</translation>
    </message>
    <message>
        <source>dossier create needs --name, --client-name, --siren and at least one --number.</source>
        <translation>dossier create demande --name, --client-name, --siren et au moins un --number.</translation>
    </message>
    <message>
        <source>--use is &quot;agents&quot; or &quot;automated&quot;, not &quot;%1&quot;.</source>
        <translation>--use vaut « agents » ou « automated », pas « %1 ».</translation>
    </message>
    <message>
        <source>Dossier created: %1 (%2)
</source>
        <translation>Dossier créé : %1 (%2)
</translation>
    </message>
    <message>
        <source>dossier list takes no argument.</source>
        <translation>dossier list ne prend pas d&apos;argument.</translation>
    </message>
    <message>
        <source>No dossier yet.
</source>
        <translation>Aucun dossier pour l&apos;instant.
</translation>
    </message>
    <message>
        <source>Use: dossier show ID</source>
        <translation>Usage : dossier show ID</translation>
    </message>
    <message>
        <source>Use: dossier set-status ID STATUS [--reason R] [--on YYYY-MM-DD]</source>
        <translation>Usage : dossier set-status ID STATUT [--reason MOTIF] [--on AAAA-MM-JJ]</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;; use not_submitted, queued, under_review, rejected, valid or expired.</source>
        <translation>Statut inconnu : « %1 » ; utilisez not_submitted, queued, under_review, rejected, valid ou expired.</translation>
    </message>
    <message>
        <source>--on takes a date written YYYY-MM-DD.</source>
        <translation>--on attend une date écrite AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>%1 is now &quot;%2&quot;.
</source>
        <translation>%1 est maintenant « %2 ».
</translation>
    </message>
    <message>
        <source>Use: dossier renew ID</source>
        <translation>Usage : dossier renew ID</translation>
    </message>
    <message>
        <source>Renewal created: %1
</source>
        <translation>Renouvellement créé : %1
</translation>
    </message>
    <message>
        <source>  [blocking] %1
</source>
        <translation>  [bloquant] %1
</translation>
    </message>
    <message>
        <source>  [warning]  %1
</source>
        <translation>  [alerte]   %1
</translation>
    </message>
    <message>
        <source>--kind is kbis, invoice or mandate, not &quot;%1&quot;.</source>
        <translation>--kind vaut kbis, invoice ou mandate, pas « %1 ».</translation>
    </message>
    <message>
        <source>--date takes a date written YYYY-MM-DD.</source>
        <translation>--date attend une date écrite AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>--max-size takes a number of megabytes.</source>
        <translation>--max-size attend un nombre de mégaoctets.</translation>
    </message>
    <message>
        <source>Cannot open %1: no such file.</source>
        <translation>Impossible d&apos;ouvrir %1 : ce fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3
</source>
        <translation>%1 (%2) : %3
</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloqué</translation>
    </message>
    <message>
        <source>  date %1 — &quot;%2&quot;
</source>
        <translation>  date %1 — « %2 »
</translation>
    </message>
    <message>
        <source>Use: dossier add-document ID --kind kbis|invoice|mandate|filled_mandate FILE</source>
        <translation>Usage : dossier add-document ID --kind kbis|invoice|mandate|filled_mandate FICHIER</translation>
    </message>
    <message>
        <source>Document added: %1 (%2)
</source>
        <translation>Document ajouté : %1 (%2)
</translation>
    </message>
    <message>
        <source>Use: dossier check ID [--on YYYY-MM-DD]</source>
        <translation>Usage : dossier check ID [--on AAAA-MM-JJ]</translation>
    </message>
    <message>
        <source>%1: ready to submit.
</source>
        <translation>%1 : prêt à être soumis.
</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n blocking problem(s).
</source>
        <translation>
            <numerusform>%1 : %n problème bloquant.
</numerusform>
            <numerusform>%1 : %n problèmes bloquants.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: dossier set-date DOCUMENT_ID YYYY-MM-DD</source>
        <translation>Usage : dossier set-date ID_DOCUMENT AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>The date is written YYYY-MM-DD.</source>
        <translation>La date s&apos;écrit AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>No document has the id %1.</source>
        <translation>Aucun document n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Date recorded as entered by hand.
</source>
        <translation>Date enregistrée comme saisie à la main.
</translation>
    </message>
    <message>
        <source>Signature and stamp confirmed.
</source>
        <translation>Signature et cachet confirmés.
</translation>
    </message>
    <message>
        <source>company set-provider needs --name and --siren.</source>
        <translation>company set-provider demande --name et --siren.</translation>
    </message>
    <message>
        <source>Your company: %1
</source>
        <translation>Votre société : %1
</translation>
    </message>
    <message>
        <source>Use: template fields FILE, or template map FILE [--set FIELD=KEY ...] [--save]</source>
        <translation>Usage : template fields FICHIER, ou template map FICHIER [--set CHAMP=CLÉ ...] [--save]</translation>
    </message>
    <message>
        <source>The PDF has no form field.
</source>
        <translation>Le PDF n&apos;a aucun champ de formulaire.
</translation>
    </message>
    <message>
        <source>Use: fill ID [--template FILE] --out OUT.pdf</source>
        <translation>Usage : fill ID [--template FICHIER] --out SORTIE.pdf</translation>
    </message>
    <message>
        <source>--%1 takes a date written YYYY-MM-DD.</source>
        <translation>--%1 attend une date écrite AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Mandate filled: %1
</source>
        <translation>Mandat rempli : %1
</translation>
    </message>
    <message>
        <source>  empty: %1
</source>
        <translation>  vides : %1
</translation>
    </message>
    <message>
        <source>Use: template place FILE --set KEY=PAGE,X,Y[,SIZE] ...</source>
        <translation>Usage : template place FICHIER --set CLÉ=PAGE,X,Y[,TAILLE] ...</translation>
    </message>
    <message>
        <source>%1 is not a PDF.</source>
        <translation>%1 n&apos;est pas un PDF.</translation>
    </message>
    <message>
        <source>A placement is written KEY=PAGE,X,Y[,SIZE] in points from the top left, not &quot;%1&quot;.</source>
        <translation>Un placement s&apos;écrit CLÉ=PAGE,X,Y[,TAILLE] en points depuis le coin supérieur gauche, pas « %1 ».</translation>
    </message>
    <message>
        <source>Use: template map FILE [--set FIELD=KEY ...] [--save]</source>
        <translation>Usage : template map FICHIER [--set CHAMP=CLÉ ...] [--save]</translation>
    </message>
    <message>
        <source>Use: print ID --to-pdf OUT.pdf [--dpi N] [--document DOCUMENT_ID]</source>
        <translation>Usage : print ID --to-pdf SORTIE.pdf [--dpi N] [--document ID_DOCUMENT]</translation>
    </message>
    <message>
        <source>--dpi takes a resolution from 72 to 1200.</source>
        <translation>--dpi attend une résolution de 72 à 1200.</translation>
    </message>
    <message>
        <source>No document of this dossier has the id %1.</source>
        <translation>Aucun document de ce dossier n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>The dossier has no document to print.</source>
        <translation>Le dossier n&apos;a aucun document à imprimer.</translation>
    </message>
    <message numerus="yes">
        <source>Printed to %1: %n page(s)
</source>
        <translation>
            <numerusform>Imprimé dans %1 : %n page
</numerusform>
            <numerusform>Imprimé dans %1 : %n pages
</numerusform>
        </translation>
    </message>
    <message>
        <source>The dossier has no document to export.</source>
        <translation>Le dossier n&apos;a aucun document à exporter.</translation>
    </message>
    <message>
        <source>Exported to %1
</source>
        <translation>Exporté dans %1
</translation>
    </message>
    <message>
        <source>No portal yet: run portal login URL first.</source>
        <translation>Aucun portail pour l&apos;instant : lancez d&apos;abord portal login URL.</translation>
    </message>
    <message>
        <source>Not logged in to the portal (no keychain keeps the session on this computer): give the password on the standard input with --password-stdin.</source>
        <translation>Pas de session sur le portail (aucun trousseau ne la conserve sur cet ordinateur) : donnez le mot de passe sur l&apos;entrée standard avec --password-stdin.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe de %1 : </translation>
    </message>
    <message>
        <source>Logged in to %1 as %2.
</source>
        <translation>Connecté à %1 en tant que %2.
</translation>
    </message>
    <message>
        <source>Portal: %1 (%2)
</source>
        <translation>Portail : %1 (%2)
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Use: submit ID [--password-stdin]</source>
        <translation>Usage : submit ID [--password-stdin]</translation>
    </message>
    <message>
        <source>The portal&apos;s mandate template is kept for offline use (%1).
</source>
        <translation>Le modèle de mandat du portail est conservé pour travailler hors ligne (%1).
</translation>
    </message>
    <message>
        <source>Queued: it will be sent at the next sync. (%1)</source>
        <translation>En attente d&apos;envoi : il partira à la prochaine synchronisation. (%1)</translation>
    </message>
    <message>
        <source>The portal&apos;s template is not kept here yet: run portal template first.</source>
        <translation>Le modèle du portail n&apos;est pas encore conservé ici : lancez d&apos;abord portal template.</translation>
    </message>
    <message>
        <source>The portal&apos;s pinned authority would change (now %1, new %2). If you trust the new one, log in again with --accept-new-ca.</source>
        <translation>L&apos;autorité épinglée du portail changerait (actuelle %1, nouvelle %2). Si vous faites confiance à la nouvelle, reconnectez-vous avec --accept-new-ca.</translation>
    </message>
    <message>
        <source>Use: export ID... --out FILE.zip</source>
        <translation>Utilisation : export ID... --out FICHIER.zip</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) exported to %1 (%2 files, %3 bytes).
</source>
        <translation>
            <numerusform>%n dossier exporté dans %1 (%2 fichiers, %3 octets).
</numerusform>
            <numerusform>%n dossiers exportés dans %1 (%2 fichiers, %3 octets).
</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: import FILE.zip [--replace]</source>
        <translation>Utilisation : import FICHIER.zip [--replace]</translation>
    </message>
    <message>
        <source>imported: %1 (%2)
</source>
        <translation>importé : %1 (%2)
</translation>
    </message>
    <message>
        <source>replaced: %1 (%2)
</source>
        <translation>remplacé : %1 (%2)
</translation>
    </message>
    <message>
        <source>left unchanged, already in this profile: %1 (%2); --replace replaces it
</source>
        <translation>laissé tel quel, déjà dans ce profil : %1 (%2) ; --replace le remplace
</translation>
    </message>
    <message>
        <source>Use: import-csv FILE [--mapping FILE] [--report FILE] [--dry-run]</source>
        <translation>Utilisation : import-csv FICHIER [--mapping FICHIER] [--report FICHIER] [--dry-run]</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 n&apos;est pas un objet JSON : %2</translation>
    </message>
    <message>
        <source>The columns could not all be recognised. %1 Give a mapping with --mapping FILE, e.g. %2</source>
        <translation>Toutes les colonnes n&apos;ont pas été reconnues. %1 Donnez une correspondance avec --mapping FICHIER, par exemple %2</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) checked (nothing written): </source>
        <translation>
            <numerusform>%n ligne vérifiée (rien d&apos;écrit) : </numerusform>
            <numerusform>%n lignes vérifiées (rien d&apos;écrit) : </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) imported. </source>
        <translation>
            <numerusform>%n dossier importé. </numerusform>
            <numerusform>%n dossiers importés. </numerusform>
        </translation>
    </message>
    <message>
        <source>  line %1: %2
</source>
        <translation>  ligne %1 : %2
</translation>
    </message>
    <message>
        <source>Use: dossier confirm-signature DOCUMENT_ID [--withdraw]</source>
        <translation>Utilisation : dossier confirm-signature ID_DOCUMENT [--withdraw]</translation>
    </message>
    <message>
        <source>Confirmation withdrawn.
</source>
        <translation>Confirmation retirée.
</translation>
    </message>
    <message>
        <source>Mandate filled and flattened: %1
</source>
        <translation>Mandat rempli et aplati : %1
</translation>
    </message>
    <message>
        <source>Use: export-pdf ID --out OUT.pdf [--flatten]</source>
        <translation>Utilisation : export-pdf ID --out SORTIE.pdf [--flatten]</translation>
    </message>
    <message>
        <source>The portal&apos;s pinned authority (%1) would be dropped: any authority this computer trusts would be accepted. If you mean it, log in again with --accept-new-ca.</source>
        <translation>L&apos;autorité épinglée du portail (%1) serait abandonnée : toute autorité reconnue par cet ordinateur serait acceptée. Si c&apos;est voulu, reconnectez-vous avec --accept-new-ca.</translation>
    </message>
    <message>
        <source>--ca, --pin-key and --drop-ca exclude each other.</source>
        <translation>--ca, --pin-key et --drop-ca s&apos;excluent les unes les autres.</translation>
    </message>
    <message>
        <source>The portal&apos;s pinned server key (%1) would be dropped: any authority this computer trusts would be accepted. If you mean it, log in again with --accept-new-ca.</source>
        <translation>La clé de serveur épinglée du portail (%1) serait abandonnée : toute autorité reconnue par cet ordinateur serait acceptée. Si c&apos;est voulu, reconnectez-vous avec --accept-new-ca.</translation>
    </message>
    <message>
        <source>The portal&apos;s pinned certificate would change (now %1, new %2). If you trust the new one, log in again with --accept-new-ca.</source>
        <translation>Le certificat épinglé du portail changerait (actuel %1, nouveau %2). Si vous faites confiance au nouveau, reconnectez-vous avec --accept-new-ca.</translation>
    </message>
    <message>
        <source>Use: check FILE... --kind kbis|invoice|mandate [--siren S] [--client-name NAME] [--number N ...]</source>
        <translation>Usage : check FICHIER... --kind kbis|invoice|mandate [--siren S] [--client-name NOM] [--number N ...]</translation>
    </message>
    <message>
        <source>Use: numbers classify [--on YYYY-MM-DD] NUMBER... | numbers authorised [--on YYYY-MM-DD] [--record]</source>
        <translation>Usage : numbers classify [--on AAAA-MM-JJ] NUMÉRO... | numbers authorised [--on AAAA-MM-JJ] [--record]</translation>
    </message>
    <message numerus="yes">
        <source>Numbers you may present on %1 (valid mandates, ARCEP decision 2025-2215): %n number(s)</source>
        <translation>
            <numerusform>Numéros que vous pouvez présenter le %1 (mandats valides, décision Arcep 2025-2215) : %n numéro</numerusform>
            <numerusform>Numéros que vous pouvez présenter le %1 (mandats valides, décision Arcep 2025-2215) : %n numéros</numerusform>
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
        <translation>Un numéro couvert par plusieurs mandats valides de son client n&apos;est listé qu&apos;une fois, avec celui qui dure le plus longtemps.
</translation>
    </message>
    <message>
        <source>%1 (SIREN %2)</source>
        <translation>%1 (SIREN %2)</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 jusqu&apos;au %2</translation>
    </message>
    <message>
        <source>      also valid under: %1
</source>
        <translation>      aussi valide sous : %1
</translation>
    </message>
    <message>
        <source>Changes since the list for %1 recorded on %2:
</source>
        <translation>Changements depuis la liste du %1 enregistrée le %2 :
</translation>
    </message>
    <message>
        <source>No list recorded before: every number is added.
</source>
        <translation>Aucune liste enregistrée auparavant : chaque numéro est ajouté.
</translation>
    </message>
    <message>
        <source>Recorded: the next changes count from this list.
</source>
        <translation>Enregistrée : les prochains changements comptent à partir de cette liste.
</translation>
    </message>
    <message>
        <source>%1 (%2, separator &quot;%3&quot;).
</source>
        <translation>%1 (%2, séparateur « %3 »).
</translation>
    </message>
    <message>
        <source>Use: dossier create|list|show|set-status|renew|add-document|check|set-date|confirm-signature|move-document ...</source>
        <translation>Usage : dossier create|list|show|set-status|renew|add-document|check|set-date|confirm-signature|move-document ...</translation>
    </message>
    <message>
        <source>Use: dossier move-document DOCUMENT_ID --kind kbis|invoice|mandate</source>
        <translation>Usage : dossier move-document ID_DOCUMENT --kind kbis|invoice|mandate</translation>
    </message>
    <message>
        <source>Document moved to: %1.
</source>
        <translation>Document déplacé vers : %1.
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
        <translation>Usage : mandatdesk-cli [--profile DOSSIER] [--json] [--today AAAA-MM-JJ] [--lang fr|en] COMMANDE ...

Commandes :
  numbers classify [--on AAAA-MM-JJ] NUMÉRO...   catégorie et autorisations de chaque numéro
  numbers authorised [--on AAAA-MM-JJ] [--record]   les numéros que vous pouvez présenter, par client (mandats
        valides, décision Arcep 2025-2215), et ce qui a changé depuis la dernière liste enregistrée ;
        --record : cette liste devient la référence à partir de laquelle comptent les changements suivants
  company check-siren SIREN|SIRET     vérifie un SIREN ou un SIRET, donne le numéro de TVA
  dossier create --name N --client-name C --siren S --number NUM [--number NUM ...]
                 [--use agents|automated] [--legal-form F] [--capital C] [--address A]
                 [--rcs-city V] [--representative R] [--representative-title T]
  dossier list                        tous les dossiers du profil
  dossier show ID                     un dossier, son historique et ses documents
  dossier set-status ID STATUT [--reason MOTIF] [--on AAAA-MM-JJ]
        STATUT : not_submitted, queued, under_review, rejected, valid, expired
  dossier renew ID                    un nouveau dossier qui renouvelle un mandat valide ou expiré
  dossier add-document ID --kind kbis|invoice|mandate|filled_mandate FICHIER
  dossier check ID [--on AAAA-MM-JJ]  le bilan avant envoi : ce qui bloque, ce qui alerte
  dossier set-date ID_DOCUMENT AAAA-MM-JJ   la date du document, saisie à la main
  dossier confirm-signature ID_DOCUMENT [--withdraw]   le scan porte signature et cachet
  dossier conflicts                   les dossiers modifiés ici et par un autre poste, champ par champ
  dossier resolve ID --take mine|theirs|CHAMP=mine|theirs ...   garder chaque champ d&apos;un côté ou de l&apos;autre
  dossier move-document ID_DOCUMENT --kind kbis|invoice|mandate   un document ajouté au mauvais endroit
  check FICHIER... --kind kbis|invoice|mandate [--siren S] [--number N ...] [--on AAAA-MM-JJ]
        [--date AAAA-MM-JJ] [--signature-confirmed] [--max-size Mo] [--client-name NOM]
        (--siren et --client-name : le client au nom duquel la facture doit être établie)
  company set-provider --name N --siren S [--legal-form F] [--capital C] [--address A]
        [--rcs-city V] [--representative R] [--representative-title T]   votre propre société
  template fields FICHIER             les champs de formulaire d&apos;un modèle PDF
  template map FICHIER [--set CHAMP=CLÉ ...] [--save]   la valeur du dossier que prend chaque champ
  template place FICHIER --set CLÉ=PAGE,X,Y[,TAILLE] ...  où écrire les valeurs sur un modèle sans champs
  print ID --to-pdf SORTIE.pdf [--dpi N] [--document ID_DOCUMENT]   imprimer le dossier (ou un document)
  export-pdf ID --out SORTIE.pdf [--flatten]   les documents PDF du dossier réunis, remplissables tels quels
        --flatten : les valeurs des formulaires dessinées dans les pages, sans champ (pour imprimer ou envoyer)
  portal login URL [--user U] [--ca FICHIER | --pin-key FICHIER | --drop-ca] [--accept-new-ca]   le portail de l&apos;opérateur (mot de passe sur l&apos;entrée standard)
        --ca : ne faire confiance qu&apos;à cette autorité ; --pin-key : ne faire confiance qu&apos;à la clé de ce certificat serveur
  portal status                       le portail, et ce qui attend d&apos;être envoyé
  portal share-drafts [at-once|at-submission]   l&apos;équipe voit les brouillons tout de suite, ou à l&apos;envoi
  portal template [--password-stdin]  conserver le mandat vierge de l&apos;opérateur (fill --template portal)
  submit ID [--password-stdin]        lancer la procédure (mise en file d&apos;abord, envoyée dès que possible)
  sync [--password-stdin] [--retry-now]   envoyer ce qui attend, recevoir les décisions du portail
  fill ID [--template FICHIER] --out SORTIE.pdf [--place LIEU] [--date AAAA-MM-JJ] [--start AAAA-MM-JJ]
        [--flatten]   le mandat rempli ; --flatten : les valeurs dessinées dans la page, sans champ
  export ID... --out FICHIER.zip      les dossiers, leur historique et leurs documents dans une archive
  import FICHIER.zip [--replace]      une archive, vérifiée en entier d&apos;abord ; les dossiers présents sont gardés sauf --replace
  import-csv FICHIER [--mapping FICHIER] [--report FICHIER] [--dry-run]   des dossiers clients depuis un tableur

Codes de sortie : 0 fait, 1 quelque chose bloque, 2 erreur d&apos;utilisation ou entrée illisible.
</translation>
    </message>
    <message>
        <source>Use: portal login URL [--user U] [--ca FILE | --pin-key FILE | --drop-ca] [--accept-new-ca], portal template [--password-stdin], portal share-drafts [at-once|at-submission], or portal status</source>
        <translation>Usage : portal login URL [--user U] [--ca FICHIER | --pin-key FICHIER | --drop-ca] [--accept-new-ca], portal template [--password-stdin], portal share-drafts [at-once|at-submission], ou portal status</translation>
    </message>
    <message>
        <source>Use: dossier conflicts</source>
        <translation>Usage : dossier conflicts</translation>
    </message>
    <message>
        <source>%1  %2 — the portal&apos;s version %3, by %4:
</source>
        <translation>%1  %2 — version %3 du portail, par %4 :
</translation>
    </message>
    <message>
        <source>    %1: mine &quot;%2&quot;, theirs &quot;%3&quot;
</source>
        <translation>    %1 : ici « %2 », portail « %3 »
</translation>
    </message>
    <message>
        <source>No conflict with the portal.
</source>
        <translation>Aucun conflit avec le portail.
</translation>
    </message>
    <message>
        <source>Use: dossier resolve ID --take mine|theirs|FIELD=mine|theirs [--take ...]</source>
        <translation>Usage : dossier resolve ID --take mine|theirs|CHAMP=mine|theirs [--take ...]</translation>
    </message>
    <message>
        <source>%1: resolved; the next sync shares it.
</source>
        <translation>%1 : conflit résolu ; la prochaine synchronisation le partage.
</translation>
    </message>
    <message>
        <source>Use: portal share-drafts [at-once|at-submission]</source>
        <translation>Usage : portal share-drafts [at-once|at-submission]</translation>
    </message>
    <message>
        <source>The setting could not be saved.</source>
        <translation>Le réglage n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>Drafts are shared with the team at the next sync.
</source>
        <translation>Les brouillons sont partagés avec l&apos;équipe à la prochaine synchronisation.
</translation>
    </message>
    <message>
        <source>Drafts stay on this desktop until they are submitted.
</source>
        <translation>Les brouillons restent sur ce poste jusqu&apos;à leur envoi.
</translation>
    </message>
</context>
<context>
    <name>CompanyIdentifier</name>
    <message>
        <source>No SIREN given.</source>
        <translation>Aucun SIREN indiqué.</translation>
    </message>
    <message>
        <source>A SIREN has digits only: &quot;%1&quot; is not one.</source>
        <translation>Un SIREN ne contient que des chiffres : « %1 » n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>SIREN %1 fails its check digit (Luhn): a digit is probably mistyped.</source>
        <translation>Le SIREN %1 a une clé de contrôle (Luhn) fausse : un chiffre est sans doute mal saisi.</translation>
    </message>
    <message>
        <source>SIRET %1 fails its check digit: a digit is probably mistyped.</source>
        <translation>Le SIRET %1 a une clé de contrôle fausse : un chiffre est sans doute mal saisi.</translation>
    </message>
    <message numerus="yes">
        <source>A SIREN has 9 digits and a SIRET 14; &quot;%1&quot; has %n digit(s).</source>
        <translation>
            <numerusform>Un SIREN a 9 chiffres et un SIRET 14 ; « %1 » en a %n.</numerusform>
            <numerusform>Un SIREN a 9 chiffres et un SIRET 14 ; « %1 » en a %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Choose what to keep</source>
        <translation>Choisir ce qu&apos;il faut garder</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>All from this &amp;computer</source>
        <translation>Tout comme sur cet &amp;ordinateur</translation>
    </message>
    <message>
        <source>Keep every field as on this computer</source>
        <translation>Garder chaque champ comme sur cet ordinateur</translation>
    </message>
    <message>
        <source>All from the &amp;portal</source>
        <translation>Tout comme sur le &amp;portail</translation>
    </message>
    <message>
        <source>Take every field as on the portal</source>
        <translation>Reprendre chaque champ comme sur le portail</translation>
    </message>
    <message>
        <source>Fields left to choose</source>
        <translation>Champs restant à choisir</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Dossier name</source>
        <translation>Nom du dossier</translation>
    </message>
    <message>
        <source>Client&apos;s legal name</source>
        <translation>Raison sociale du client</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <source>Share capital</source>
        <translation>Capital social</translation>
    </message>
    <message>
        <source>Registered office</source>
        <translation>Siège social</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>RCS city</source>
        <translation>Ville du RCS</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Représentant</translation>
    </message>
    <message>
        <source>Representative&apos;s title</source>
        <translation>Qualité du représentant</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numéros</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>Calls by agents</source>
        <translation>Appels par des conseillers</translation>
    </message>
    <message>
        <source>Automated calls</source>
        <translation>Appels automatisés</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 « %2 »</translation>
    </message>
    <message>
        <source>another seat</source>
        <translation>un autre poste</translation>
    </message>
    <message>
        <source>Changed on the portal by %1 (version %2) while this desktop changed it too: nothing was overwritten. Portal&apos;s version: %3. This desktop&apos;s version: %4.</source>
        <translation>Modifié sur le portail par %1 (version %2) alors que ce poste le modifiait aussi : rien n&apos;a été écrasé. Version du portail : %3. Version de ce poste : %4.</translation>
    </message>
    <message>
        <source>This dossier has no conflict with the portal.</source>
        <translation>Ce dossier n&apos;a pas de conflit avec le portail.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;; the fields are: %2.</source>
        <translation>Champ « %1 » inconnu ; les champs sont : %2.</translation>
    </message>
    <message>
        <source>Say which side to take for: %1.</source>
        <translation>Indiquez quel côté garder pour : %1.</translation>
    </message>
    <message>
        <source>Conflict resolved on this desktop.</source>
        <translation>Conflit résolu sur ce poste.</translation>
    </message>
    <message>
        <source>Taken from the portal&apos;s version (%1, version %2): %3.</source>
        <translation>Repris de la version du portail (%1, version %2) : %3.</translation>
    </message>
    <message>
        <source>Kept from this desktop: %1.</source>
        <translation>Gardé de ce poste : %1.</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>(ignored)</source>
        <translation>(ignorée)</translation>
    </message>
    <message>
        <source>Dossier name</source>
        <translation>Nom du dossier</translation>
    </message>
    <message>
        <source>Client company</source>
        <translation>Société cliente</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <source>SIREN or SIRET</source>
        <translation>SIREN ou SIRET</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>RCS city</source>
        <translation>Ville du RCS</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Représentant</translation>
    </message>
    <message>
        <source>Representative&apos;s title</source>
        <translation>Qualité du représentant</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numéros</translation>
    </message>
    <message>
        <source>Use (agents or automated)</source>
        <translation>Usage (téléconseillers ou automatisé)</translation>
    </message>
    <message>
        <source>The mapping names a column the file does not have: &quot;%1&quot;.</source>
        <translation>La correspondance nomme une colonne absente du fichier : « %1 ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field; use one of: %2.</source>
        <translation>« %1 » n&apos;est pas un champ ; utilisez l&apos;un de : %2.</translation>
    </message>
    <message>
        <source>Map a column to: %1.</source>
        <translation>Associez une colonne à : %1.</translation>
    </message>
    <message>
        <source>line;status;dossier;reasons</source>
        <translation>ligne;statut;dossier;raisons</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importée</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>invalide</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>doublon</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 champs alors que l&apos;en-tête en a %2</translation>
    </message>
    <message>
        <source>no client company name</source>
        <translation>pas de raison sociale du client</translation>
    </message>
    <message>
        <source>no SIREN</source>
        <translation>pas de SIREN</translation>
    </message>
    <message>
        <source>use &quot;%1&quot;: write agents or automated</source>
        <translation>usage « %1 » : écrivez téléconseillers ou automatisé</translation>
    </message>
    <message>
        <source>no number</source>
        <translation>aucun numéro</translation>
    </message>
    <message>
        <source>same client and numbers as line %1</source>
        <translation>même client et mêmes numéros qu&apos;à la ligne %1</translation>
    </message>
    <message>
        <source>already in this profile: &quot;%1&quot;</source>
        <translation>déjà dans ce profil : « %1 »</translation>
    </message>
    <message>
        <source>number %1 is also on line %2</source>
        <translation>le numéro %1 figure aussi à la ligne %2</translation>
    </message>
    <message>
        <source>number %1 is already in the dossier &quot;%2&quot;</source>
        <translation>le numéro %1 est déjà dans le dossier « %2 »</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n valid</source>
        <translation>
            <numerusform>%n valide</numerusform>
            <numerusform>%n valides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n invalide</numerusform>
            <numerusform>%n invalides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n doublon</numerusform>
            <numerusform>%n doublons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImportWizard</name>
    <message>
        <source>Import dossiers from a CSV file</source>
        <translation>Importer des dossiers depuis un fichier CSV</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <source>A CSV file exported from a spreadsheet: one client dossier per row.</source>
        <translation>Un fichier CSV exporté d&apos;un tableur : un dossier client par ligne.</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <source>clients.csv</source>
        <translation>clients.csv</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Browse for the CSV file</source>
        <translation>Choisir le fichier CSV</translation>
    </message>
    <message>
        <source>What was read</source>
        <translation>Ce qui a été lu</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Associer les colonnes</translation>
    </message>
    <message>
        <source>Which dossier field each column holds. MandatDesk proposes it from the headers and remembers your choice for files with the same columns.</source>
        <translation>Le champ du dossier que contient chaque colonne. MandatDesk le propose d&apos;après les en-têtes et retient votre choix pour les fichiers aux mêmes colonnes.</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Colonnes du fichier</translation>
    </message>
    <message>
        <source>What the mapping lacks</source>
        <translation>Ce qui manque à la correspondance</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>Vérifier les lignes</translation>
    </message>
    <message>
        <source>Nothing is written yet. Invalid rows and duplicates are left out; the valid rows are imported together.</source>
        <translation>Rien n&apos;est encore écrit. Les lignes invalides et les doublons sont écartés ; les lignes valides sont importées ensemble.</translation>
    </message>
    <message>
        <source>Summary of the check</source>
        <translation>Résumé de la vérification</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Lignes du fichier</translation>
    </message>
    <message>
        <source>Save the report…</source>
        <translation>Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>The valid rows become dossiers, all in one step.</source>
        <translation>Les lignes valides deviennent des dossiers, en une seule étape.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l&apos;import</translation>
    </message>
    <message>
        <source>Result of the import</source>
        <translation>Résultat de l&apos;import</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>Enregistrer le rapport d&apos;import</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>This is not a text file (CSV).</source>
        <translation>Ce n&apos;est pas un fichier texte (CSV).</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed; the file cannot be read safely.</source>
        <translation>Ligne %1 : un champ entre guillemets n&apos;est jamais refermé ; le fichier ne peut pas être lu sans risque.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Database error: %1</source>
        <translation>Erreur de base de données : %1</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données %1 : %2</translation>
    </message>
    <message>
        <source>This profile was written by a newer MandatDesk (schema %1; this version knows up to %2). Update MandatDesk to open it.</source>
        <translation>Ce profil a été écrit par une version plus récente de MandatDesk (schéma %1 ; cette version connaît jusqu&apos;au %2). Mettez MandatDesk à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Cannot start a database transaction: %1</source>
        <translation>Impossible de démarrer une transaction : %1</translation>
    </message>
    <message>
        <source>Cannot save to the database: %1</source>
        <translation>Impossible d&apos;enregistrer dans la base de données : %1</translation>
    </message>
</context>
<context>
    <name>DateRoles</name>
    <message>
        <source>The document gives two different dates for the same thing (%1 and %2): enter the right one by hand.</source>
        <translation>Le document donne deux dates différentes pour la même chose (%1 et %2) : saisissez la bonne à la main.</translation>
    </message>
    <message>
        <source>No date could be read in the document: enter its date by hand.</source>
        <translation>Aucune date n&apos;a pu être lue dans le document : saisissez sa date à la main.</translation>
    </message>
    <message>
        <source>No issue date (&quot;à jour au&quot;, &quot;délivré le&quot;) could be read on the Kbis; the other dates found are not its issue date: enter it by hand.</source>
        <translation>Aucune date de délivrance (« à jour au », « délivré le ») n&apos;a pu être lue sur le Kbis ; les autres dates trouvées ne sont pas sa date de délivrance : saisissez-la à la main.</translation>
    </message>
    <message>
        <source>No invoice date (&quot;Date de facture&quot;, &quot;Facture du&quot;, &quot;Date d&apos;émission&quot;…) could be read; the other dates found are not the invoice date: enter it by hand.</source>
        <translation>Aucune date de facture (« Date de facture », « Facture du », « Date d&apos;émission »…) n&apos;a pu être lue ; les autres dates trouvées ne sont pas la date de la facture : saisissez-la à la main.</translation>
    </message>
    <message>
        <source>No signing date (&quot;Fait à …, le …&quot;) could be read on the mandate.</source>
        <translation>Aucune date de signature (« Fait à …, le … ») n&apos;a pu être lue sur le mandat.</translation>
    </message>
    <message>
        <source>No issue date (&quot;à jour au&quot;, &quot;situation au&quot;, &quot;délivré le&quot;) could be read on the document (%1); the other dates found are not its issue date: enter it by hand.</source>
        <translation>Aucune date d&apos;émission (« à jour au », « situation au », « délivré le ») n&apos;a pu être lue sur le document (%1) ; les autres dates trouvées ne sont pas sa date d&apos;émission : saisissez-la à la main.</translation>
    </message>
    <message>
        <source>No invoice date could be read: &quot;%1&quot; is when this copy was printed or downloaded, and &quot;%2&quot; is the billing period, not the invoice date. Enter the invoice date by hand.</source>
        <translation>Aucune date de facture n&apos;a pu être lue : « %1 » est la date d&apos;impression ou de téléchargement de cette copie, et « %2 » la période de facturation, pas la date de la facture. Saisissez la date de facture à la main.</translation>
    </message>
    <message>
        <source>No invoice date could be read: &quot;%1&quot; is when this copy was printed or downloaded, not the invoice date. Enter the invoice date by hand.</source>
        <translation>Aucune date de facture n&apos;a pu être lue : « %1 » est la date d&apos;impression ou de téléchargement de cette copie, pas la date de la facture. Saisissez la date de facture à la main.</translation>
    </message>
    <message>
        <source>No invoice date could be read: &quot;%1&quot; is the billing period, and its first day is not the invoice date. Enter the invoice date by hand.</source>
        <translation>Aucune date de facture n&apos;a pu être lue : « %1 » est la période de facturation, et son premier jour n&apos;est pas la date de la facture. Saisissez la date de facture à la main.</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>demo</source>
        <translation>démo</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>Campagne %1</translation>
    </message>
    <message>
        <source>The documents of ready dossiers are painted: a graphical application is needed.</source>
        <translation>Les documents des dossiers prêts sont dessinés : il faut une application graphique.</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Filled mandate</source>
        <translation>Mandat rempli</translation>
    </message>
    <message>
        <source>Signed mandate</source>
        <translation>Mandat signé</translation>
    </message>
    <message>
        <source>Kbis extract</source>
        <translation>Extrait Kbis</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
</context>
<context>
    <name>DocumentCheck</name>
    <message>
        <source>No SIREN could be read on the Kbis: check by eye that it is the client&apos;s.</source>
        <translation>Aucun SIREN n&apos;a pu être lu sur le Kbis : vérifiez à l&apos;œil que c&apos;est bien celui du client.</translation>
    </message>
    <message>
        <source>The Kbis is another company&apos;s: SIREN %1, while the client&apos;s is %2.</source>
        <translation>Le Kbis est celui d&apos;une autre société : SIREN %1, alors que celui du client est %2.</translation>
    </message>
    <message>
        <source>The number %1 does not appear on this invoice.</source>
        <translation>Le numéro %1 ne figure pas sur cette facture.</translation>
    </message>
    <message>
        <source>This is the mandate MandatDesk generated, not the one the client signed: add the signed, stamped scan or the digitally signed PDF.</source>
        <translation>C&apos;est le mandat généré par MandatDesk, pas celui que le client a signé : ajoutez le scan signé et tamponné, ou le PDF signé électroniquement.</translation>
    </message>
    <message>
        <source>The digital signature of %1 is not valid (%2): the file was changed after signing, or the signature is damaged.</source>
        <translation>La signature électronique de %1 n&apos;est pas valide (%2) : le fichier a été modifié après la signature, ou la signature est abîmée.</translation>
    </message>
    <message>
        <source>an unknown signer</source>
        <translation>un signataire inconnu</translation>
    </message>
    <message>
        <source>The digital signature of %1 is intact, but its certificate is not trusted on this computer (%2).</source>
        <translation>La signature électronique de %1 est intacte, mais son certificat n&apos;est pas reconnu comme de confiance sur cet ordinateur (%2).</translation>
    </message>
    <message>
        <source>The mandate has no digital signature: confirm that the scan bears the client&apos;s signature and stamp.</source>
        <translation>Le mandat n&apos;a pas de signature électronique : confirmez que le scan porte la signature et le cachet du client.</translation>
    </message>
    <message>
        <source>The Kbis extract is dated %1, after the day it is checked for (%2): the date is wrong.</source>
        <translation>L&apos;extrait Kbis est daté du %1, après le jour pour lequel il est vérifié (%2) : la date est fausse.</translation>
    </message>
    <message>
        <source>The invoice is dated %1, after the day it is checked for (%2): the date is wrong.</source>
        <translation>La facture est datée du %1, après le jour pour lequel elle est vérifiée (%2) : la date est fausse.</translation>
    </message>
    <message>
        <source>The Kbis extract is dated %1: on %2 it is more than %3 months old. Get a recent one.</source>
        <translation>L&apos;extrait Kbis est daté du %1 : le %2, il aura plus de %3 mois. Demandez-en un récent.</translation>
    </message>
    <message>
        <source>The invoice is dated %1: on %2 it is more than %3 months old. Get a recent one.</source>
        <translation>La facture est datée du %1 : le %2, elle aura plus de %3 mois. Fournissez-en une récente.</translation>
    </message>
    <message numerus="yes">
        <source>The Kbis extract is dated %1: it will be more than %2 months old on %3, in %n day(s). Submit before, or get a recent one.</source>
        <translation>
            <numerusform>L&apos;extrait Kbis est daté du %1 : il aura plus de %2 mois le %3, dans %n jour. Soumettez avant, ou demandez-en un récent.</numerusform>
            <numerusform>L&apos;extrait Kbis est daté du %1 : il aura plus de %2 mois le %3, dans %n jours. Soumettez avant, ou demandez-en un récent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The invoice is dated %1: it will be more than %2 months old on %3, in %n day(s). Submit before, or get a recent one.</source>
        <translation>
            <numerusform>La facture est datée du %1 : elle aura plus de %2 mois le %3, dans %n jour. Soumettez avant, ou fournissez-en une récente.</numerusform>
            <numerusform>La facture est datée du %1 : elle aura plus de %2 mois le %3, dans %n jours. Soumettez avant, ou fournissez-en une récente.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: dated %2, after the day it is checked for (%3): the date is wrong.</source>
        <translation>%1 : daté du %2, après le jour pour lequel il est vérifié (%3) : la date est fausse.</translation>
    </message>
    <message>
        <source>%1: dated %2, on %3 it is more than %4 months old. Get a recent one.</source>
        <translation>%1 : daté du %2, il a plus de %4 mois le %3. Procurez-vous-en un récent.</translation>
    </message>
    <message numerus="yes">
        <source>%1: dated %2, it will be more than %3 months old on %4, in %n day(s). Submit before, or get a recent one.</source>
        <translation>
            <numerusform>%1 : daté du %2, il aura plus de %3 mois le %4, dans %n jour. Envoyez le dossier avant, ou procurez-vous-en un récent.</numerusform>
            <numerusform>%1 : daté du %2, il aura plus de %3 mois le %4, dans %n jours. Envoyez le dossier avant, ou procurez-vous-en un récent.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the company is struck off the register (&quot;%2&quot;): it cannot give a mandate.</source>
        <translation>%1 : la société est radiée du registre (« %2 ») : elle ne peut pas donner de mandat.</translation>
    </message>
    <message>
        <source>%1: the company is in liquidation (&quot;%2&quot;): it cannot give a mandate.</source>
        <translation>%1 : la société est en liquidation (« %2 ») : elle ne peut pas donner de mandat.</translation>
    </message>
    <message>
        <source>%1: the company is dissolved (&quot;%2&quot;): it cannot give a mandate.</source>
        <translation>%1 : la société est dissoute (« %2 ») : elle ne peut pas donner de mandat.</translation>
    </message>
    <message>
        <source>%1: the company is in receivership (redressement judiciaire, &quot;%2&quot;): check with the client and its administrator before submitting.</source>
        <translation>%1 : la société est en redressement judiciaire (« %2 ») : vérifiez auprès du client et de son administrateur avant l&apos;envoi.</translation>
    </message>
    <message>
        <source>%1: the company is under a safeguard procedure (&quot;%2&quot;): check with the client before submitting.</source>
        <translation>%1 : la société est sous procédure de sauvegarde (« %2 ») : vérifiez auprès du client avant l&apos;envoi.</translation>
    </message>
    <message>
        <source>%1: the company&apos;s activity has ceased (&quot;%2&quot;): check that it still uses the numbers.</source>
        <translation>%1 : l&apos;activité de la société a cessé (« %2 ») : vérifiez qu&apos;elle utilise toujours les numéros.</translation>
    </message>
    <message>
        <source>%1: the company is dormant (mise en sommeil, &quot;%2&quot;): check that it still uses the numbers.</source>
        <translation>%1 : la société est en sommeil (« %2 ») : vérifiez qu&apos;elle utilise toujours les numéros.</translation>
    </message>
    <message>
        <source>%1: no SIREN could be read: check by eye that it is the client&apos;s.</source>
        <translation>%1 : aucun SIREN n&apos;a pu être lu : vérifiez à l&apos;œil qu&apos;il s&apos;agit bien du client.</translation>
    </message>
    <message>
        <source>%1: another company&apos;s, SIREN %2, while the client&apos;s is %3.</source>
        <translation>%1 : celui d&apos;une autre société, SIREN %2, alors que celui du client est %3.</translation>
    </message>
    <message>
        <source>The text does not look like an extract of the trade register (no &quot;Kbis&quot; or &quot;Registre du commerce et des sociétés&quot;), nor like an extract of the RNE, a SIRENE notice or an RNA receipt.</source>
        <translation>Le texte ne ressemble pas à un extrait du registre du commerce (ni « Kbis » ni « Registre du commerce et des sociétés »), ni à un extrait du RNE, un avis de situation SIRENE ou un récépissé RNA.</translation>
    </message>
    <message>
        <source>No signing date could be read on the mandate.</source>
        <translation>Aucune date de signature n&apos;a pu être lue sur le mandat.</translation>
    </message>
    <message>
        <source>The mandate is signed on %1, after the day it is checked for (%2): the date is wrong.</source>
        <translation>Le mandat est signé le %1, après le jour pour lequel il est vérifié (%2) : la date est fausse.</translation>
    </message>
    <message>
        <source>The mandate is signed on %1, before the dossier was created (%2): check that it is this dossier&apos;s mandate, not an older one.</source>
        <translation>Le mandat est signé le %1, avant la création du dossier (%2) : vérifiez qu&apos;il s&apos;agit bien du mandat de ce dossier, et non d&apos;un ancien.</translation>
    </message>
    <message>
        <source>No phone number could be read on the signed mandate: check by eye that it lists the dossier&apos;s numbers, and only them.</source>
        <translation>Aucun numéro n&apos;a pu être lu sur le mandat signé : vérifiez à l&apos;œil qu&apos;il liste les numéros du dossier, et seulement eux.</translation>
    </message>
    <message>
        <source>The number %1 is in the dossier but not on the signed mandate: the client has not authorised it.</source>
        <translation>Le numéro %1 figure dans le dossier mais pas sur le mandat signé : le client ne l&apos;a pas autorisé.</translation>
    </message>
    <message>
        <source>The signed mandate lists %1, which is not in the dossier: add it to the dossier, or check that the mandate is this dossier&apos;s.</source>
        <translation>Le mandat signé liste le %1, qui n&apos;est pas dans le dossier : ajoutez-le au dossier, ou vérifiez que le mandat est bien celui de ce dossier.</translation>
    </message>
    <message>
        <source>The invoice is made out to %1, not to the client %2: the operator wants an invoice in the name of the company that holds the numbers.</source>
        <translation>La facture est au nom de %1, pas du client %2 : l&apos;opérateur demande une facture au nom de la société titulaire des numéros.</translation>
    </message>
    <message>
        <source>The invoice is made out to %1, a name close to the client&apos;s (%2) but not the same: check that it is the same company, not another one of its group.</source>
        <translation>La facture est au nom de %1, proche de celui du client (%2) sans être le même : vérifiez qu&apos;il s&apos;agit de la même société, et non d&apos;une autre de son groupe.</translation>
    </message>
    <message>
        <source>The invoice is made out to %1, which cannot be compared with the client %2: check by eye that it is the client&apos;s.</source>
        <translation>La facture est au nom de %1, qui ne peut pas être comparé au client %2 : vérifiez à l&apos;œil qu&apos;elle est bien celle du client.</translation>
    </message>
    <message>
        <source>No holder could be read on the invoice: check by eye that it is made out to the client %1.</source>
        <translation>Aucun titulaire n&apos;a pu être lu sur la facture : vérifiez à l&apos;œil qu&apos;elle est au nom du client %1.</translation>
    </message>
    <message>
        <source>This is not a Kbis extract but an invoice (&quot;%1&quot;): move it to the invoices, and add the client&apos;s Kbis extract here.</source>
        <translation>Ce n&apos;est pas un extrait Kbis mais une facture (« %1 ») : déplacez-la vers les factures, et ajoutez ici l&apos;extrait Kbis du client.</translation>
    </message>
    <message>
        <source>This is not a Kbis extract but a mandate (&quot;%1&quot;): move it to the signed mandate, and add the client&apos;s Kbis extract here.</source>
        <translation>Ce n&apos;est pas un extrait Kbis mais un mandat (« %1 ») : déplacez-le vers le mandat signé, et ajoutez ici l&apos;extrait Kbis du client.</translation>
    </message>
    <message>
        <source>This is not an invoice but a company register extract (%1, &quot;%2&quot;): move it to the Kbis extract, and add an invoice showing the numbers here.</source>
        <translation>Ce n&apos;est pas une facture mais un extrait de registre des entreprises (%1, « %2 ») : déplacez-le vers l&apos;extrait Kbis, et ajoutez ici une facture faisant apparaître les numéros.</translation>
    </message>
    <message>
        <source>This is not an invoice but a mandate (&quot;%1&quot;): move it to the signed mandate, and add an invoice showing the numbers here.</source>
        <translation>Ce n&apos;est pas une facture mais un mandat (« %1 ») : déplacez-le vers le mandat signé, et ajoutez ici une facture faisant apparaître les numéros.</translation>
    </message>
    <message>
        <source>This is not a mandate but a company register extract (%1, &quot;%2&quot;): move it to the Kbis extract, and add the mandate signed by the client here.</source>
        <translation>Ce n&apos;est pas un mandat mais un extrait de registre des entreprises (%1, « %2 ») : déplacez-le vers l&apos;extrait Kbis, et ajoutez ici le mandat signé par le client.</translation>
    </message>
    <message>
        <source>This is not a mandate but an invoice (&quot;%1&quot;): move it to the invoices, and add the mandate signed by the client here.</source>
        <translation>Ce n&apos;est pas un mandat mais une facture (« %1 ») : déplacez-la vers les factures, et ajoutez ici le mandat signé par le client.</translation>
    </message>
</context>
<context>
    <name>DocumentIntake</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>un document PDF</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>une image JPEG</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>une image PNG</translation>
    </message>
    <message>
        <source>%1 is %2, although its name ends in .%3.</source>
        <translation>%1 est %2, bien que son nom se termine par .%3.</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
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
        <translation>Page précédente (Page préc.)</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
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
        <translation>Page suivante (Page suiv.)</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
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
        <translation>Zoom arrière (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
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
        <translation>Zoom avant (Ctrl++)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Ctrl++</source>
        <translation>Ctrl++</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <source>Document page</source>
        <translation>Page du document</translation>
    </message>
    <message>
        <source>Print this document…</source>
        <translation>Imprimer ce document…</translation>
    </message>
    <message>
        <source>Print this document</source>
        <translation>Imprimer ce document</translation>
    </message>
    <message>
        <source>Save a flattened copy…</source>
        <translation>Enregistrer une copie aplatie…</translation>
    </message>
    <message>
        <source>A copy of this form with its values drawn into the pages and no field left, to print or send</source>
        <translation>Une copie de ce formulaire avec ses valeurs dessinées dans les pages, sans champ, pour l&apos;imprimer ou l&apos;envoyer</translation>
    </message>
    <message>
        <source>Save a flattened copy</source>
        <translation>Enregistrer une copie aplatie</translation>
    </message>
</context>
<context>
    <name>DocumentReader</name>
    <message>
        <source>The file is too large (%1; the limit is %2).</source>
        <translation>Le fichier est trop volumineux (%1 ; la limite est de %2).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file is neither a PDF nor a JPEG or PNG image.</source>
        <translation>Le fichier n&apos;est ni un PDF, ni une image JPEG ou PNG.</translation>
    </message>
    <message>
        <source>The image is truncated or damaged.</source>
        <translation>L&apos;image est tronquée ou abîmée.</translation>
    </message>
    <message>
        <source>The PDF is truncated: its end is missing (an interrupted download or copy?).</source>
        <translation>Le PDF est tronqué : sa fin manque (un téléchargement ou une copie interrompus ?).</translation>
    </message>
    <message>
        <source>The PDF is damaged and cannot be opened.</source>
        <translation>Le PDF est abîmé et ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>The PDF is protected by a password: save an unprotected copy and add that one.</source>
        <translation>Le PDF est protégé par un mot de passe : enregistrez-en une copie non protégée et ajoutez celle-ci.</translation>
    </message>
    <message>
        <source>The PDF has no page.</source>
        <translation>Le PDF ne contient aucune page.</translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation>La lecture a été annulée.</translation>
    </message>
    <message>
        <source>Page %1 cannot be rendered.</source>
        <translation>La page %1 ne peut pas être affichée.</translation>
    </message>
    <message>
        <source>The PDF has %1 pages; at most %2 are read.</source>
        <translation>Le PDF a %1 pages ; %2 au plus sont lues.</translation>
    </message>
    <message>
        <source>Reading took too long (page %1 of %2).</source>
        <translation>La lecture a pris trop de temps (page %1 sur %2).</translation>
    </message>
    <message>
        <source>Page %1 is too large to be read (%2 × %3 cm).</source>
        <translation>La page %1 est trop grande pour être lue (%2 × %3 cm).</translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <source>The number %1 is already in this dossier.</source>
        <translation>Le numéro %1 figure déjà dans ce dossier.</translation>
    </message>
    <message>
        <source>A rejection needs its reason, as the operator gave it.</source>
        <translation>Un rejet demande son motif, tel que l&apos;opérateur l&apos;a donné.</translation>
    </message>
</context>
<context>
    <name>DossierArchive</name>
    <message>
        <source>the field &quot;%1&quot; is missing or has the wrong type</source>
        <translation>le champ « %1 » manque ou n&apos;a pas le bon type</translation>
    </message>
    <message>
        <source>manifest.json is not JSON: %1</source>
        <translation>manifest.json n&apos;est pas du JSON : %1</translation>
    </message>
    <message>
        <source>this is not a MandatDesk archive (format &quot;%1&quot;)</source>
        <translation>ce n&apos;est pas une archive MandatDesk (format « %1 »)</translation>
    </message>
    <message>
        <source>archive format version %1 is not one this version of MandatDesk reads (it reads up to %2)</source>
        <translation>la version %1 du format d&apos;archive n&apos;est pas lue par cette version de MandatDesk (elle lit jusqu&apos;à %2)</translation>
    </message>
    <message>
        <source>the dossier %1 appears twice</source>
        <translation>le dossier %1 apparaît deux fois</translation>
    </message>
    <message>
        <source>manifest.json: %1</source>
        <translation>manifest.json : %1</translation>
    </message>
    <message>
        <source>an entry has no name</source>
        <translation>une entrée n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a backslash</source>
        <translation>« %1 » contient une barre oblique inverse</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an absolute path</source>
        <translation>« %1 » est un chemin absolu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a drive</source>
        <translation>« %1 » désigne un lecteur</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains control characters</source>
        <translation>« %1 » contient des caractères de contrôle</translation>
    </message>
    <message>
        <source>&quot;%1&quot; goes up a folder (&quot;..&quot;)</source>
        <translation>« %1 » remonte d&apos;un dossier (« .. »)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plain path</source>
        <translation>« %1 » n&apos;est pas un chemin simple</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read (error %2)</source>
        <translation>« %1 » ne peut pas être lu (erreur %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged</source>
        <translation>« %1 » est endommagé</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than its header says</source>
        <translation>« %1 » est plus grand que ne l&apos;indique son en-tête</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged (checksum)</source>
        <translation>« %1 » est endommagé (somme de contrôle)</translation>
    </message>
    <message>
        <source>Cannot write %1 (error %2).</source>
        <translation>Impossible d&apos;écrire %1 (erreur %2).</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>The archive is refused: %1.</source>
        <translation>L&apos;archive est refusée : %1.</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>it is not a zip file, or it is damaged</source>
        <translation>ce n&apos;est pas un fichier zip, ou il est endommagé</translation>
    </message>
    <message>
        <source>it holds %1 entries (at most %2)</source>
        <translation>elle contient %1 entrées (%2 au plus)</translation>
    </message>
    <message>
        <source>an entry cannot be read</source>
        <translation>une entrée ne peut pas être lue</translation>
    </message>
    <message>
        <source>it holds more than %1 entries</source>
        <translation>elle contient plus de %1 entrées</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a symbolic link</source>
        <translation>« %1 » est un lien symbolique</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is encrypted</source>
        <translation>« %1 » est chiffré</translation>
    </message>
    <message>
        <source>it would take more than %1 MB once uncompressed</source>
        <translation>elle occuperait plus de %1 Mo une fois décompressée</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is compressed more than %2 to 1 (a zip bomb)</source>
        <translation>« %1 » est compressé à plus de %2 pour 1 (une bombe de décompression)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice</source>
        <translation>« %1 » apparaît deux fois</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>elle est endommagée</translation>
    </message>
    <message>
        <source>it has no manifest.json</source>
        <translation>elle n&apos;a pas de manifest.json</translation>
    </message>
    <message>
        <source>manifest.json is too large</source>
        <translation>manifest.json est trop grand</translation>
    </message>
    <message>
        <source>%1 (%2) is not in the archive</source>
        <translation>%1 (%2) n&apos;est pas dans l&apos;archive</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, the manifest says %3</source>
        <translation>%1 fait %2 octets, le manifeste indique %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not part of any dossier</source>
        <translation>« %1 » n&apos;appartient à aucun dossier</translation>
    </message>
    <message>
        <source>%1 does not match its SHA-256</source>
        <translation>%1 ne correspond pas à son SHA-256</translation>
    </message>
    <message>
        <source>%1 changed while it was read</source>
        <translation>%1 a changé pendant sa lecture</translation>
    </message>
    <message>
        <source>the renewal links of the archive go round in a circle</source>
        <translation>les liens de renouvellement de l&apos;archive tournent en rond</translation>
    </message>
    <message>
        <source>%1: the dossier it renews is not in this profile; the link is dropped.</source>
        <translation>%1 : le dossier qu&apos;il renouvelle n&apos;est pas dans ce profil ; le lien est abandonné.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé : %1</translation>
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
        <translation>Ajouter des documents</translation>
    </message>
    <message>
        <source>Reading the document</source>
        <translation>Lecture du document</translation>
    </message>
    <message>
        <source>Cancel reading</source>
        <translation>Annuler la lecture</translation>
    </message>
    <message>
        <source>Documents of the dossier</source>
        <translation>Documents du dossier</translation>
    </message>
    <message>
        <source>Correct the &amp;date…</source>
        <translation>Corriger la &amp;date…</translation>
    </message>
    <message>
        <source>Correct the document date</source>
        <translation>Corriger la date du document</translation>
    </message>
    <message>
        <source>Conf&amp;irm the signature…</source>
        <translation>Confirmer la s&amp;ignature…</translation>
    </message>
    <message>
        <source>Confirm the signature and stamp on the scanned mandate</source>
        <translation>Confirmer la signature et le cachet du mandat scanné</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <source>Preview the documents</source>
        <translation>Aperçu des documents</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>Déplacer vers…</translation>
    </message>
    <message>
        <source>Move the selected document to another kind</source>
        <translation>Changer le type du document sélectionné</translation>
    </message>
    <message>
        <source>The document was dropped in the wrong place: an invoice among the Kbis, say</source>
        <translation>Le document a été déposé au mauvais endroit : une facture parmi les Kbis, par exemple</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Reti&amp;rer</translation>
    </message>
    <message>
        <source>Remove the selected document</source>
        <translation>Retirer le document sélectionné</translation>
    </message>
    <message>
        <source>&amp;Generate the mandate</source>
        <translation>&amp;Générer le mandat</translation>
    </message>
    <message>
        <source>Generate the mandate</source>
        <translation>Générer le mandat</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the dossier</source>
        <translation>Imprimer le dossier</translation>
    </message>
    <message>
        <source>What the operator would refuse or question:</source>
        <translation>Ce que l&apos;opérateur refuserait ou relèverait :</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problèmes trouvés</translation>
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
        <translation>Motif du rejet</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Prêt ?</translation>
    </message>
    <message>
        <source>Submit to the operator</source>
        <translation>Lancer la procédure</translation>
    </message>
    <message>
        <source>Su&amp;bmit to the operator</source>
        <translation>&amp;Lancer la procédure</translation>
    </message>
    <message>
        <source>Changed by another seat too</source>
        <translation>Modifié aussi par un autre poste</translation>
    </message>
    <message>
        <source>Choose what to &amp;keep…</source>
        <translation>Choisir ce qu&apos;il faut &amp;garder…</translation>
    </message>
    <message>
        <source>Choose what to keep, field by field</source>
        <translation>Choisir ce qu&apos;il faut garder, champ par champ</translation>
    </message>
</context>
<context>
    <name>DossierInfoPage</name>
    <message>
        <source>Mandate information</source>
        <translation>Informations du mandat</translation>
    </message>
    <message>
        <source>Client company</source>
        <translation>Société cliente</translation>
    </message>
    <message>
        <source>Dossier &amp;name:</source>
        <translation>&amp;Nom du dossier :</translation>
    </message>
    <message>
        <source>Dossier name</source>
        <translation>Nom du dossier</translation>
    </message>
    <message>
        <source>Campaign, client, year…</source>
        <translation>Campagne, client, année…</translation>
    </message>
    <message>
        <source>&amp;Company name:</source>
        <translation>&amp;Raison sociale :</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <source>Legal &amp;form:</source>
        <translation>&amp;Forme juridique :</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <source>SAS, SARL…</source>
        <translation>SAS, SARL…</translation>
    </message>
    <message>
        <source>Share capital:</source>
        <translation>Capital social :</translation>
    </message>
    <message>
        <source>Share capital</source>
        <translation>Capital social</translation>
    </message>
    <message>
        <source>10 000 €</source>
        <translation>10 000 €</translation>
    </message>
    <message>
        <source>As the Kbis gives it; the mandate prints it.</source>
        <translation>Tel que le Kbis l&apos;indique ; le mandat l&apos;imprime.</translation>
    </message>
    <message>
        <source>&amp;SIREN:</source>
        <translation>&amp;SIREN :</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>9 digits</source>
        <translation>9 chiffres</translation>
    </message>
    <message>
        <source>SIREN check</source>
        <translation>Contrôle du SIREN</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Numéro de TVA</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>&amp;RCS city:</source>
        <translation>Ville du R&amp;CS :</translation>
    </message>
    <message>
        <source>RCS city</source>
        <translation>Ville du RCS</translation>
    </message>
    <message>
        <source>&amp;Representative:</source>
        <translation>Re&amp;présentant :</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Représentant</translation>
    </message>
    <message>
        <source>First name and last name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <source>Representative&apos;s &amp;title:</source>
        <translation>&amp;Qualité du représentant :</translation>
    </message>
    <message>
        <source>Representative&apos;s title</source>
        <translation>Qualité du représentant</translation>
    </message>
    <message>
        <source>Use:</source>
        <translation>Usage :</translation>
    </message>
    <message>
        <source>Calls by &amp;agents</source>
        <translation>Appels par des &amp;téléconseillers</translation>
    </message>
    <message>
        <source>Calls by agents</source>
        <translation>Appels par des téléconseillers</translation>
    </message>
    <message>
        <source>Auto&amp;mated calls</source>
        <translation>Appels auto&amp;matisés</translation>
    </message>
    <message>
        <source>Automated calls</source>
        <translation>Appels automatisés</translation>
    </message>
    <message>
        <source>Numbers to present</source>
        <translation>Numéros à présenter</translation>
    </message>
    <message>
        <source>Number to add</source>
        <translation>Numéro à ajouter</translation>
    </message>
    <message>
        <source>01 62 12 34 56, +33 9 48…, 0590…</source>
        <translation>01 62 12 34 56, +33 9 48…, 0590…</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Add the number</source>
        <translation>Ajouter le numéro</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Reti&amp;rer</translation>
    </message>
    <message>
        <source>Remove the selected number</source>
        <translation>Retirer le numéro sélectionné</translation>
    </message>
    <message>
        <source>What the number is</source>
        <translation>Nature du numéro</translation>
    </message>
    <message>
        <source>Numbers of the dossier</source>
        <translation>Numéros du dossier</translation>
    </message>
    <message>
        <source>Manager, Chairman…</source>
        <translation>Gérant, Président…</translation>
    </message>
</context>
<context>
    <name>DossierPrinter</name>
    <message>
        <source>%1 cannot be printed: it is not a readable PDF.</source>
        <translation>%1 ne peut pas être imprimé : ce n&apos;est pas un PDF lisible.</translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation>Il n&apos;y a rien à imprimer.</translation>
    </message>
    <message>
        <source>The printer cannot be opened.</source>
        <translation>L&apos;imprimante ne peut pas être ouverte.</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>L&apos;impression a été annulée.</translation>
    </message>
    <message>
        <source>The printer refused a new page.</source>
        <translation>L&apos;imprimante a refusé une nouvelle page.</translation>
    </message>
    <message>
        <source>%1 cannot be printed: the image is unreadable.</source>
        <translation>%1 ne peut pas être imprimé : l&apos;image est illisible.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Poppler&apos;s pdfunite is missing: the PDF cannot be merged.</source>
        <translation>L&apos;outil pdfunite de Poppler manque : le PDF ne peut pas être assemblé.</translation>
    </message>
    <message>
        <source>Cannot write a temporary file: %1</source>
        <translation>Impossible d&apos;écrire un fichier temporaire : %1</translation>
    </message>
    <message>
        <source>The PDF could not be merged: %1</source>
        <translation>Le PDF n&apos;a pas pu être assemblé : %1</translation>
    </message>
</context>
<context>
    <name>DossierRules</name>
    <message>
        <source>The rules %1 lack the value &quot;%2&quot;.</source>
        <translation>Il manque la valeur « %2 » dans les règles %1.</translation>
    </message>
</context>
<context>
    <name>DossierStatus</name>
    <message>
        <source>Not submitted</source>
        <translation>Mandat non soumis</translation>
    </message>
    <message>
        <source>Queued for sending</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>The dossier is already &quot;%1&quot;.</source>
        <translation>Le dossier est déjà « %1 ».</translation>
    </message>
    <message>
        <source>A dossier cannot go from &quot;%1&quot; to &quot;%2&quot;: renew it instead, which creates a new dossier.</source>
        <translation>Un dossier ne peut pas passer de « %1 » à « %2 » : renouvelez-le, ce qui crée un nouveau dossier.</translation>
    </message>
    <message>
        <source>A dossier cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Un dossier ne peut pas passer de « %1 » à « %2 ».</translation>
    </message>
</context>
<context>
    <name>DossierStore</name>
    <message>
        <source>The company record %1 is missing from the database.</source>
        <translation>La fiche société %1 manque dans la base de données.</translation>
    </message>
    <message>
        <source>The number %1 appears twice in the dossier.</source>
        <translation>Le numéro %1 figure deux fois dans le dossier.</translation>
    </message>
    <message>
        <source>A dossier with the id %1 already exists.</source>
        <translation>Un dossier d&apos;identifiant %1 existe déjà.</translation>
    </message>
    <message>
        <source>The dossier %1 no longer exists.</source>
        <translation>Le dossier %1 n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The dossier %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>No dossier has the id %1.</source>
        <translation>Aucun dossier n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Give at least the first 4 characters of the dossier id.</source>
        <translation>Indiquez au moins les 4 premiers caractères de l&apos;identifiant du dossier.</translation>
    </message>
    <message>
        <source>Several dossiers have an id starting with %1: give more characters.</source>
        <translation>Plusieurs dossiers ont un identifiant qui commence par %1 : indiquez plus de caractères.</translation>
    </message>
    <message>
        <source>Only a valid or expired mandate can be renewed; this one is &quot;%1&quot;.</source>
        <translation>Seul un mandat valide ou expiré peut être renouvelé ; celui-ci est « %1 ».</translation>
    </message>
    <message>
        <source>This file is already in the dossier, as &quot;%1&quot;.</source>
        <translation>Ce fichier est déjà dans le dossier, sous le nom « %1 ».</translation>
    </message>
    <message>
        <source>The document %1 does not exist.</source>
        <translation>Le document %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>The stored document %1 is missing.</source>
        <translation>Le document enregistré %1 est introuvable.</translation>
    </message>
    <message>
        <source>Only a signed mandate has a signature to confirm; %1 is not one.</source>
        <translation>Seul un mandat signé a une signature à confirmer ; %1 n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>Signature and stamp confirmed on the scan %1</source>
        <translation>Signature et cachet confirmés sur le scan %1</translation>
    </message>
    <message>
        <source>Confirmation of signature and stamp withdrawn for %1</source>
        <translation>Confirmation de la signature et du cachet retirée pour %1</translation>
    </message>
    <message>
        <source>(renewal %1)</source>
        <translation>(renouvellement %1)</translation>
    </message>
</context>
<context>
    <name>DossierTrackingPage</name>
    <message>
        <source>Tracking</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>Status history:</source>
        <translation>Historique des statuts :</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historique des statuts</translation>
    </message>
    <message>
        <source>Changes waiting for the portal:</source>
        <translation>Changements en attente d&apos;envoi au portail :</translation>
    </message>
    <message>
        <source>Changes waiting for the portal</source>
        <translation>Changements en attente d&apos;envoi au portail</translation>
    </message>
    <message>
        <source>Retry &amp;now</source>
        <translation>Réessayer &amp;maintenant</translation>
    </message>
    <message>
        <source>Retry sending now</source>
        <translation>Réessayer l&apos;envoi maintenant</translation>
    </message>
    <message>
        <source>Record the operator&apos;s decisi&amp;on…</source>
        <translation>Enregistrer la décisi&amp;on de l&apos;opérateur…</translation>
    </message>
    <message>
        <source>Record the operator&apos;s decision by hand</source>
        <translation>Enregistrer à la main la décision de l&apos;opérateur</translation>
    </message>
    <message>
        <source>Re&amp;new</source>
        <translation>Re&amp;nouveler</translation>
    </message>
    <message>
        <source>Renew the mandate</source>
        <translation>Renouveler le mandat</translation>
    </message>
</context>
<context>
    <name>ExpiryReminder</name>
    <message numerus="yes">
        <source>The mandate &quot;%1&quot; ends on %2 (in %n day(s)).</source>
        <translation>
            <numerusform>Le mandat « %1 » prend fin le %2 (dans %n jour).</numerusform>
            <numerusform>Le mandat « %1 » prend fin le %2 (dans %n jours).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other mandate(s) end soon.</source>
        <translation>
            <numerusform>%n autre mandat prend fin bientôt.</numerusform>
            <numerusform>%n autres mandats prennent fin bientôt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its numbers stay on the list of authorised numbers under another valid mandate.</source>
        <translation>Ses numéros restent sur la liste des numéros autorisés grâce à un autre mandat valide.</translation>
    </message>
    <message numerus="yes">
        <source>and %n other(s)</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From that day, %1 leave(s) the list of authorised numbers: renew it to keep presenting them.</source>
        <translation>
            <numerusform>À partir de ce jour, %1 quitte la liste des numéros autorisés : renouvelez le mandat pour continuer à le présenter.</numerusform>
            <numerusform>À partir de ce jour, %1 quittent la liste des numéros autorisés : renouvelez le mandat pour continuer à les présenter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormFiller</name>
    <message>
        <source>The template cannot be opened as a PDF.</source>
        <translation>Le modèle ne peut pas être ouvert comme un PDF.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not a text field or a checkbox: it cannot take &quot;%2&quot;.</source>
        <translation>Le champ « %1 » n&apos;est ni un champ texte ni une case à cocher : il ne peut pas recevoir « %2 ».</translation>
    </message>
    <message>
        <source>The template has no field named %1.</source>
        <translation>Le modèle n&apos;a pas de champ nommé %1.</translation>
    </message>
    <message>
        <source>The filled mandate could not be written.</source>
        <translation>Le mandat rempli n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>After filling, the field &quot;%1&quot; reads &quot;%2&quot; instead of &quot;%3&quot;.</source>
        <translation>Après remplissage, le champ « %1 » contient « %2 » au lieu de « %3 ».</translation>
    </message>
    <message>
        <source>After flattening, the PDF still has form fields.</source>
        <translation>Après aplatissement, le PDF a encore des champs de formulaire.</translation>
    </message>
    <message>
        <source>The flattened PDF cannot be read back: %1</source>
        <translation>Le PDF aplati ne peut pas être relu : %1</translation>
    </message>
    <message>
        <source>After flattening, the pages do not show &quot;%1&quot; (field &quot;%2&quot;).</source>
        <translation>Après aplatissement, les pages ne montrent pas « %1 » (champ « %2 »).</translation>
    </message>
</context>
<context>
    <name>GenerateMandateDialog</name>
    <message>
        <source>Generate the mandate</source>
        <translation>Générer le mandat</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>&amp;MandatDesk&apos;s template</source>
        <translation>Modèle &amp;MandatDesk</translation>
    </message>
    <message>
        <source>MandatDesk&apos;s template</source>
        <translation>Modèle MandatDesk</translation>
    </message>
    <message>
        <source>The &amp;operator&apos;s template, kept from the portal</source>
        <translation>Modèle de l&apos;&amp;opérateur, conservé depuis le portail</translation>
    </message>
    <message>
        <source>The operator&apos;s template, kept from the portal</source>
        <translation>Modèle de l&apos;opérateur, conservé depuis le portail</translation>
    </message>
    <message>
        <source>The portal&apos;s template</source>
        <translation>Modèle du portail</translation>
    </message>
    <message>
        <source>An operator&apos;s PDF &amp;form:</source>
        <translation>Un &amp;formulaire PDF d&apos;opérateur :</translation>
    </message>
    <message>
        <source>An operator&apos;s PDF form</source>
        <translation>Un formulaire PDF d&apos;opérateur</translation>
    </message>
    <message>
        <source>Path of the operator&apos;s PDF form</source>
        <translation>Chemin du formulaire PDF de l&apos;opérateur</translation>
    </message>
    <message>
        <source>Type its path or browse</source>
        <translation>Saisissez son chemin ou cliquez sur Parcourir</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Browse for the operator&apos;s PDF form</source>
        <translation>Choisir le formulaire PDF de l&apos;opérateur</translation>
    </message>
    <message>
        <source>Ma&amp;pping…</source>
        <translation>&amp;Correspondance…</translation>
    </message>
    <message>
        <source>Which dossier value each field of the form takes</source>
        <translation>La valeur du dossier que prend chaque champ du formulaire</translation>
    </message>
    <message>
        <source>Mapping state</source>
        <translation>État de la correspondance</translation>
    </message>
    <message>
        <source>&amp;Place of signature (&quot;Fait à&quot;):</source>
        <translation>&amp;Lieu de signature (« Fait à ») :</translation>
    </message>
    <message>
        <source>Place of signature</source>
        <translation>Lieu de signature</translation>
    </message>
    <message>
        <source>&amp;Date of signature:</source>
        <translation>&amp;Date de signature :</translation>
    </message>
    <message>
        <source>Date of signature</source>
        <translation>Date de signature</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>Date de dé&amp;but :</translation>
    </message>
    <message>
        <source>Start date of the mandate</source>
        <translation>Date de début du mandat</translation>
    </message>
</context>
<context>
    <name>IdentityDocument</name>
    <message>
        <source>Kbis extract</source>
        <translation>Extrait Kbis</translation>
    </message>
    <message>
        <source>RNE extract</source>
        <translation>Extrait RNE</translation>
    </message>
    <message>
        <source>SIRENE notice (avis de situation)</source>
        <translation>Avis de situation SIRENE</translation>
    </message>
    <message>
        <source>RNA receipt</source>
        <translation>Récépissé RNA</translation>
    </message>
</context>
<context>
    <name>JsonFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a valid JSON object: %2</source>
        <translation>%1 n&apos;est pas un objet JSON valide : %2</translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <source>This computer has no keychain (secret service) to keep the portal&apos;s session: it is kept for this session only. (%1)</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau (service de secrets) pour conserver la session du portail : elle ne vaut que pour cette session. (%1)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Dossier</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>Third-party caller-ID mandates, ready for the operator</source>
        <translation>Vos mandats de présentation de numéro tiers, prêts pour l&apos;opérateur</translation>
    </message>
    <message>
        <source>To display a client&apos;s number when you call for it, the operator needs a dossier: the mandate signed by the client, a Kbis extract and a phone invoice, both less than 3 months old. MandatDesk prepares and checks it in three steps.</source>
        <translation>Pour présenter le numéro d&apos;un client quand vous appelez pour lui, l&apos;opérateur demande un dossier : le mandat signé par le client, un extrait Kbis et une facture téléphonique de moins de 3 mois. MandatDesk le prépare et le vérifie en trois étapes.</translation>
    </message>
    <message>
        <source>1. Your company</source>
        <translation>1. Votre société</translation>
    </message>
    <message>
        <source>Your identity as the provider, once: it goes on every mandate.</source>
        <translation>Votre identité de mandataire, une fois pour toutes : elle figure sur chaque mandat.</translation>
    </message>
    <message>
        <source>Enter your company…</source>
        <translation>Renseigner votre société…</translation>
    </message>
    <message>
        <source>Enter your company</source>
        <translation>Renseigner votre société</translation>
    </message>
    <message>
        <source>2. A dossier per client</source>
        <translation>2. Un dossier par client</translation>
    </message>
    <message>
        <source>The client, its numbers, and the generated mandate to have signed.</source>
        <translation>Le client, ses numéros, et le mandat généré à faire signer.</translation>
    </message>
    <message>
        <source>Create a dossier…</source>
        <translation>Créer un dossier…</translation>
    </message>
    <message>
        <source>Create a dossier</source>
        <translation>Créer un dossier</translation>
    </message>
    <message>
        <source>3. Documents, then submit</source>
        <translation>3. Les documents, puis la procédure</translation>
    </message>
    <message>
        <source>Drop the signed mandate, the Kbis and the invoices: MandatDesk checks them, then sends the dossier to the operator.</source>
        <translation>Déposez le mandat signé, le Kbis et les factures : MandatDesk les vérifie, puis envoie le dossier à l&apos;opérateur.</translation>
    </message>
    <message>
        <source>Load demo dossiers</source>
        <translation>Charger des dossiers de démonstration</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search: name, client, SIREN or number (Ctrl+F)</source>
        <translation>Rechercher : nom, client, SIREN ou numéro (Ctrl+F)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>Non soumis</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Expire bientôt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>&amp;Portal</source>
        <translation>&amp;Portail</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>&amp;New dossier…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Pre&amp;view the documents…</source>
        <translation>A&amp;perçu des documents…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Export as PDF…</source>
        <translation>&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <source>&amp;Submit to the operator</source>
        <translation>&amp;Lancer la procédure</translation>
    </message>
    <message>
        <source>&amp;Renew</source>
        <translation>&amp;Renouveler</translation>
    </message>
    <message>
        <source>S&amp;ync with the portal</source>
        <translation>S&amp;ynchroniser avec le portail</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Pa&amp;ramètres…</translation>
    </message>
    <message>
        <source>Your &amp;company…</source>
        <translation>Votre &amp;société…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;About MandatDesk</source>
        <translation>À &amp;propos de MandatDesk</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Essayer la démo</translation>
    </message>
    <message>
        <source>Import from a &amp;CSV file…</source>
        <translation>Importer depuis un fichier &amp;CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport dossiers as an archive…</source>
        <translation>E&amp;xporter les dossiers dans une archive…</translation>
    </message>
    <message>
        <source>Import an &amp;archive…</source>
        <translation>Importer une &amp;archive…</translation>
    </message>
    <message>
        <source>Operator&apos;s mandate &amp;forms…</source>
        <translation>&amp;Formulaires de mandat des opérateurs…</translation>
    </message>
    <message>
        <source>Which dossier value each field of an operator&apos;s PDF form takes</source>
        <translation>La valeur du dossier que prend chaque champ du formulaire PDF d&apos;un opérateur</translation>
    </message>
    <message>
        <source>Open the &amp;demo (a profile of its own)</source>
        <translation>Ouvrir la &amp;démonstration (dans un profil à part)</translation>
    </message>
    <message>
        <source>Export the list of &amp;authorised numbers…</source>
        <translation>Exporter la liste des numéros &amp;autorisés…</translation>
    </message>
    <message>
        <source>The numbers of the valid mandates, per client, and what changed since the last list (ARCEP decision 2025-2215), as CSV or PDF</source>
        <translation>Les numéros des mandats valides, par client, et ce qui a changé depuis la dernière liste (décision Arcep 2025-2215), en CSV ou en PDF</translation>
    </message>
</context>
<context>
    <name>Mandat::ConflictDialog</name>
    <message>
        <source>&amp;Keep these choices</source>
        <translation>&amp;Garder ces choix</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Décider plus tard</translation>
    </message>
    <message>
        <source>another seat</source>
        <translation>un autre poste</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was changed on the portal by %2 (version %3) while it was changed on this computer too. Nothing was overwritten: for each field below, choose the value to keep. The result is shared at the next sync, and both versions stay in the dossier&apos;s history.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; a été modifié sur le portail par %2 (version %3) alors qu&apos;il était modifié aussi sur cet ordinateur. Rien n&apos;a été écrasé : pour chaque champ ci-dessous, choisissez la valeur à garder. Le résultat est partagé à la prochaine synchronisation, et les deux versions restent dans l&apos;historique du dossier.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>On the portal (%1)</source>
        <translation>Sur le portail (%1)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>%1 as on this computer</source>
        <translation>%1 comme sur cet ordinateur</translation>
    </message>
    <message>
        <source>%1 as on the portal</source>
        <translation>%1 comme sur le portail</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) left to choose.</source>
        <translation>
            <numerusform>%n champ reste à choisir.</numerusform>
            <numerusform>%n champs restent à choisir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every field has its value.</source>
        <translation>Chaque champ a sa valeur.</translation>
    </message>
</context>
<context>
    <name>Mandat::CsvImportWizard</name>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <source>Dossier field</source>
        <translation>Champ du dossier</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Raisons</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 cannot be imported.

%2</source>
        <translation>%1 ne peut pas être importé.

%2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), %1 columns, %2, separator &quot;%3&quot;.</source>
        <translation>
            <numerusform>%n ligne, %1 colonnes, %2, séparateur « %3 ».</numerusform>
            <numerusform>%n lignes, %1 colonnes, %2, séparateur « %3 ».</numerusform>
        </translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>Field for the column %1</source>
        <translation>Champ de la colonne %1</translation>
    </message>
    <message>
        <source>Every field a dossier needs has its column.</source>
        <translation>Chaque champ nécessaire au dossier a sa colonne.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importée</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Invalide</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>Choose a CSV file.</source>
        <translation>Choisissez un fichier CSV.</translation>
    </message>
    <message>
        <source>No row can be imported.</source>
        <translation>Aucune ligne ne peut être importée.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) imported.</source>
        <translation>
            <numerusform>%n dossier importé.</numerusform>
            <numerusform>%n dossiers importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out: save the report to fix them in the spreadsheet.</source>
        <translation>
            <numerusform>%n ligne écartée : enregistrez le rapport pour la corriger dans le tableur.</numerusform>
            <numerusform>%n lignes écartées : enregistrez le rapport pour les corriger dans le tableur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>-report.csv</source>
        <translation>-rapport.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, of %n row(s).</source>
        <translation>
            <numerusform>%1, sur %n ligne.</numerusform>
            <numerusform>%1, sur %n lignes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mandat::DocumentPreview</name>
    <message>
        <source>Preview — %1</source>
        <translation>Aperçu — %1</translation>
    </message>
    <message>
        <source>Page %1: %2</source>
        <translation>Page %1 : %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1-flattened.pdf</source>
        <translation>%1-aplati.pdf</translation>
    </message>
    <message>
        <source>Save a flattened copy</source>
        <translation>Enregistrer une copie aplatie</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The flattened copy could not be saved.

%1</source>
        <translation>La copie aplatie n&apos;a pas pu être enregistrée.

%1</translation>
    </message>
</context>
<context>
    <name>Mandat::DossierDocumentsPage</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Found in the text</source>
        <translation>Trouvée dans le texte</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>Fraîcheur</translation>
    </message>
    <message>
        <source>Numbers found</source>
        <translation>Numéros trouvés</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Signed mandate</source>
        <translation>Mandat signé</translation>
    </message>
    <message>
        <source>The mandate signed and stamped by the client (PDF or scan).</source>
        <translation>Le mandat signé et tamponné par le client (PDF ou scan).</translation>
    </message>
    <message>
        <source>Kbis extract</source>
        <translation>Extrait Kbis</translation>
    </message>
    <message>
        <source>Less than 3 months old on the submission day.</source>
        <translation>De moins de 3 mois le jour de la soumission.</translation>
    </message>
    <message>
        <source>Phone invoices</source>
        <translation>Factures téléphoniques</translation>
    </message>
    <message>
        <source>Less than 3 months old, showing the numbers.</source>
        <translation>De moins de 3 mois, faisant apparaître les numéros.</translation>
    </message>
    <message>
        <source>(by hand)</source>
        <translation>(saisie manuelle)</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>non trouvée</translation>
    </message>
    <message>
        <source>Checked at submission</source>
        <translation>Vérifié à l&apos;envoi</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>encore %n jour</numerusform>
            <numerusform>encore %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Stale since %1</source>
        <translation>Périmé depuis le %1</translation>
    </message>
    <message>
        <source>Dated in the future</source>
        <translation>Daté dans le futur</translation>
    </message>
    <message>
        <source>Date unknown</source>
        <translation>Date inconnue</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Signature and stamp confirmed by %1 on %2.</source>
        <translation>Signature et cachet confirmés par %1 le %2.</translation>
    </message>
    <message>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <source>W&amp;ithdraw the confirmation</source>
        <translation>Ret&amp;irer la confirmation</translation>
    </message>
    <message>
        <source>Conf&amp;irm the signature…</source>
        <translation>Confirmer la s&amp;ignature…</translation>
    </message>
    <message>
        <source>Select the signed mandate to confirm its signature and stamp.</source>
        <translation>Sélectionnez le mandat signé pour confirmer sa signature et son cachet.</translation>
    </message>
    <message>
        <source>This mandate is signed digitally: its signature is checked, there is nothing to confirm.</source>
        <translation>Ce mandat est signé électroniquement : sa signature est vérifiée, il n&apos;y a rien à confirmer.</translation>
    </message>
    <message>
        <source>Only a scanned signed mandate needs its signature confirmed.</source>
        <translation>Seul un mandat signé scanné demande de confirmer sa signature.</translation>
    </message>
    <message>
        <source>Confirmed by %1 on %2. Withdraw it if it was a mistake.</source>
        <translation>Confirmé par %1 le %2. Retirez la confirmation en cas d&apos;erreur.</translation>
    </message>
    <message>
        <source>State that the scan bears the client&apos;s signature and stamp.</source>
        <translation>Attestez que le scan porte la signature et le cachet du client.</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Ajouter un document</translation>
    </message>
    <message>
        <source>%1 was not added.

%2</source>
        <translation>%1 n&apos;a pas été ajouté.

%2</translation>
    </message>
    <message>
        <source>Reading %1… %p%</source>
        <translation>Lecture de %1… %p %</translation>
    </message>
    <message>
        <source>Correct the date</source>
        <translation>Corriger la date</translation>
    </message>
    <message>
        <source>The document&apos;s issue date, as printed on it:</source>
        <translation>La date d&apos;émission du document, telle qu&apos;elle y est imprimée :</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Date d&apos;émission</translation>
    </message>
    <message>
        <source>the client&apos;s legal representative</source>
        <translation>le représentant légal du client</translation>
    </message>
    <message>
        <source>Look at the scan &quot;%1&quot;. Do you confirm that it is the mandate for %2, signed by hand by %3, and that it bears the stamp of %2?

Your name and the time are kept in the dossier&apos;s history; you can withdraw the confirmation later.</source>
        <translation>Regardez le scan « %1 ». Confirmez-vous qu&apos;il s&apos;agit du mandat de %2, signé à la main par %3, et qu&apos;il porte le cachet de %2 ?

Votre nom et l&apos;heure sont conservés dans l&apos;historique du dossier ; vous pourrez retirer la confirmation.</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>le client</translation>
    </message>
    <message>
        <source>Confirm the signature and stamp</source>
        <translation>Confirmer la signature et le cachet</translation>
    </message>
    <message>
        <source>Remove the document</source>
        <translation>Retirer le document</translation>
    </message>
    <message>
        <source>Remove %1 from the dossier? The file on your disk is not touched.</source>
        <translation>Retirer %1 du dossier ? Le fichier sur votre disque n&apos;est pas modifié.</translation>
    </message>
    <message>
        <source>Move the document</source>
        <translation>Déplacer le document</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimer %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>This dossier has no document to print.</source>
        <translation>Ce dossier n&apos;a aucun document à imprimer.</translation>
    </message>
    <message>
        <source>Print the dossier</source>
        <translation>Imprimer le dossier</translation>
    </message>
    <message>
        <source>Generate the mandate</source>
        <translation>Générer le mandat</translation>
    </message>
    <message>
        <source>Enter your company&apos;s identity first (Settings, Your company): the mandate names you as the provider.</source>
        <translation>Renseignez d&apos;abord votre société (Paramètres, Votre société) : le mandat vous désigne comme mandataire.</translation>
    </message>
    <message>
        <source>mandate-%1.pdf</source>
        <translation>mandat-%1.pdf</translation>
    </message>
</context>
<context>
    <name>Mandat::DossierEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>New dossier</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Dossier — %1</source>
        <translation>Dossier — %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Give the dossier a name, or the client company&apos;s name.</source>
        <translation>Donnez un nom au dossier, ou la raison sociale du client.</translation>
    </message>
    <message>
        <source>The dossier was not saved.

%1</source>
        <translation>Le dossier n&apos;a pas été enregistré.

%1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <source>Rejected by the operator: %1
Fix the dossier and submit it again.</source>
        <translation>Rejeté par l&apos;opérateur : %1
Corrigez le dossier et relancez la procédure.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucun motif donné</translation>
    </message>
    <message>
        <source>Save the dossier, then add its documents.</source>
        <translation>Enregistrez le dossier, puis ajoutez ses documents.</translation>
    </message>
    <message numerus="yes">
        <source>Ready, with %n warning(s) to read.</source>
        <translation>
            <numerusform>Prêt, avec %n avertissement à lire.</numerusform>
            <numerusform>Prêt, avec %n avertissements à lire.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready: every check passed.</source>
        <translation>Prêt : toutes les vérifications sont passées.</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>Documents (%1)</translation>
    </message>
    <message>
        <source>Mandate filled from %1: print it, have it signed and stamped, then add the signed copy.</source>
        <translation>Mandat rempli à partir du %1 : imprimez-le, faites-le signer et tamponner, puis ajoutez l&apos;exemplaire signé.</translation>
    </message>
    <message>
        <source>Submit to the operator</source>
        <translation>Lancer la procédure</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to this dossier?</source>
        <translation>Enregistrer les modifications de ce dossier ?</translation>
    </message>
    <message>
        <source>Sync with the portal</source>
        <translation>Synchroniser avec le portail</translation>
    </message>
    <message>
        <source>%1 (from the archive, not confirmed by the portal)</source>
        <translation>%1 (d&apos;après l&apos;archive, non confirmé par le portail)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n blocking problem(s)</source>
        <translation>
            <numerusform>%1 · %n problème bloquant</numerusform>
            <numerusform>%1 · %n problèmes bloquants</numerusform>
        </translation>
    </message>
    <message>
        <source>Mandate information</source>
        <translation>Informations du mandat</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Checking the dossier…</source>
        <translation>Vérification du dossier…</translation>
    </message>
    <message>
        <source>Changed on the portal by %1 (version %2) while it was changed on this computer too. Nothing was overwritten: choose what to keep, field by field, then it is shared again.</source>
        <translation>Modifié sur le portail par %1 (version %2) alors qu&apos;il était modifié aussi sur cet ordinateur. Rien n&apos;a été écrasé : choisissez ce qu&apos;il faut garder, champ par champ, puis il est partagé à nouveau.</translation>
    </message>
    <message>
        <source>another seat</source>
        <translation>un autre poste</translation>
    </message>
    <message>
        <source>Changed here and by another seat: choose what to keep first.</source>
        <translation>Modifié ici et par un autre poste : choisissez d&apos;abord ce qu&apos;il faut garder.</translation>
    </message>
    <message>
        <source>Choose what to keep</source>
        <translation>Choisir ce qu&apos;il faut garder</translation>
    </message>
    <message>
        <source>Changed meanwhile on the portal too: %1. Your edits are kept; saving shares them over that change.</source>
        <translation>Modifié entre-temps sur le portail aussi : %1. Vos modifications sont gardées ; enregistrer les partage par-dessus ce changement.</translation>
    </message>
</context>
<context>
    <name>Mandat::DossierInfoPage</name>
    <message>
        <source>Allowed</source>
        <translation>Autorisé</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Interdit</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Téléconseillers</translation>
    </message>
    <message>
        <source>Automated</source>
        <translation>Automatisés</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>valid SIREN</source>
        <translation>SIREN valide</translation>
    </message>
    <message>
        <source>VAT number: %1</source>
        <translation>N° de TVA : %1</translation>
    </message>
    <message>
        <source>Add a number</source>
        <translation>Ajouter un numéro</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number that can be presented.

%2</source>
        <translation>« %1 » n&apos;est pas un numéro présentable.

%2</translation>
    </message>
</context>
<context>
    <name>Mandat::DossierListModel</name>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Will retry</source>
        <translation>Nouvel essai</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
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
        <translation>Numéros</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Prêt ?</translation>
    </message>
    <message>
        <source>Stale on</source>
        <translation>Périmé le</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu&apos;au</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
    <message>
        <source>Changed here and by another seat: open it to choose what to keep.</source>
        <translation>Modifié ici et par un autre poste : ouvrez-le pour choisir ce qu&apos;il faut garder.</translation>
    </message>
    <message>
        <source>Changed last on the portal by %1: %2</source>
        <translation>Modifié en dernier sur le portail par %1 : %2</translation>
    </message>
    <message>
        <source>its details</source>
        <translation>sa fiche</translation>
    </message>
    <message>
        <source>its documents</source>
        <translation>ses documents</translation>
    </message>
    <message>
        <source>its status</source>
        <translation>son statut</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Modifié par</translation>
    </message>
</context>
<context>
    <name>Mandat::DossierTrackingPage</name>
    <message numerus="yes">
        <source>Valid until %1 (%n day(s) left).</source>
        <translation>
            <numerusform>Valide jusqu&apos;au %1 (encore %n jour).</numerusform>
            <numerusform>Valide jusqu&apos;au %1 (encore %n jours).</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired on %1.</source>
        <translation>Expiré le %1.</translation>
    </message>
    <message>
        <source>Not validated by the operator yet.</source>
        <translation>Pas encore validé par l&apos;opérateur.</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Renouveler</translation>
    </message>
</context>
<context>
    <name>Mandat::DropZone</name>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Browse for: %1</source>
        <translation>Parcourir : %1</translation>
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
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Not fetched yet: Settings, Operator portal, &quot;Fetch the blank mandate&quot;.</source>
        <translation>Pas encore récupéré : Paramètres, Portail opérateur, « Récupérer le mandat vierge ».</translation>
    </message>
    <message>
        <source>Fetched from the portal on %1.</source>
        <translation>Récupéré depuis le portail le %1.</translation>
    </message>
    <message>
        <source>Kept from the portal.</source>
        <translation>Conservé depuis le portail.</translation>
    </message>
    <message>
        <source>%1 (your company&apos;s RCS city) when left empty</source>
        <translation>%1 (ville du RCS de votre société) si laissé vide</translation>
    </message>
    <message>
        <source>The operator&apos;s PDF form</source>
        <translation>Formulaire PDF de l&apos;opérateur</translation>
    </message>
    <message>
        <source>PDF forms (*.pdf);;All files (*)</source>
        <translation>Formulaires PDF (*.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>MandatDesk&apos;s template</source>
        <translation>modèle MandatDesk</translation>
    </message>
    <message>
        <source>the operator&apos;s template</source>
        <translation>modèle de l&apos;opérateur</translation>
    </message>
    <message>
        <source>Its fields are named after the dossier&apos;s values: nothing to set up.</source>
        <translation>Ses champs portent le nom des valeurs du dossier : rien à configurer.</translation>
    </message>
    <message>
        <source>Choose the form.</source>
        <translation>Choisissez le formulaire.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s), filled as saved for this form.</source>
        <translation>
            <numerusform>%n champ, rempli comme enregistré pour ce formulaire.</numerusform>
            <numerusform>%n champs, remplis comme enregistré pour ce formulaire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s), filled as MandatDesk proposes: check it with Mapping….</source>
        <translation>
            <numerusform>%n champ, rempli selon la proposition de MandatDesk : vérifiez-la avec « Correspondance… ».</numerusform>
            <numerusform>%n champs, remplis selon la proposition de MandatDesk : vérifiez-la avec « Correspondance… ».</numerusform>
        </translation>
    </message>
    <message>
        <source>No form field: say where the values go with Mapping….</source>
        <translation>Aucun champ de formulaire : indiquez où vont les valeurs avec « Correspondance… ».</translation>
    </message>
    <message numerus="yes">
        <source>No form field: %n value(s) placed on it.</source>
        <translation>
            <numerusform>Aucun champ de formulaire : %n valeur y est placée.</numerusform>
            <numerusform>Aucun champ de formulaire : %n valeurs y sont placées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal&apos;s template is not kept here yet: fetch it in Settings, Operator portal.</source>
        <translation>Le modèle du portail n&apos;est pas encore conservé ici : récupérez-le dans Paramètres, Portail opérateur.</translation>
    </message>
    <message>
        <source>Choose the operator&apos;s PDF form, or another template.</source>
        <translation>Choisissez le formulaire PDF de l&apos;opérateur, ou un autre modèle.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>The operator&apos;s template, from the portal</source>
        <translation>Modèle de l&apos;opérateur, issu du portail</translation>
    </message>
    <message>
        <source>Generate the mandate</source>
        <translation>Générer le mandat</translation>
    </message>
    <message>
        <source>The mandate could not be filled on %1.

%2</source>
        <translation>Le mandat n&apos;a pas pu être rempli sur le %1.

%2</translation>
    </message>
</context>
<context>
    <name>Mandat::HistoryModel</name>
    <message>
        <source>(created)</source>
        <translation>(création)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
</context>
<context>
    <name>Mandat::MainWindow</name>
    <message>
        <source>About MandatDesk</source>
        <translation>À propos de MandatDesk</translation>
    </message>
    <message>
        <source>MandatDesk %1
Prepares, checks and tracks third-party caller-ID mandates.</source>
        <translation>MandatDesk %1
Prépare, vérifie et suit les mandats de présentation de numéro tiers.</translation>
    </message>
    <message>
        <source>MandatDesk — %1</source>
        <translation>MandatDesk — %1</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Tous (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) shown</source>
        <translation>
            <numerusform>%n dossier affiché</numerusform>
            <numerusform>%n dossiers affichés</numerusform>
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
        <translation>Les dossiers n&apos;ont pas pu être lus.

%1</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimer %1</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>This dossier has no document yet.</source>
        <translation>Ce dossier n&apos;a encore aucun document.</translation>
    </message>
    <message>
        <source>Checking the dossiers…</source>
        <translation>Vérification des dossiers…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) queued for the operator.</source>
        <translation>
            <numerusform>%n dossier en attente d&apos;envoi à l&apos;opérateur.</numerusform>
            <numerusform>%n dossiers en attente d&apos;envoi à l&apos;opérateur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not submitted:</source>
        <translation>Non soumis :</translation>
    </message>
    <message>
        <source>Submit to the operator</source>
        <translation>Lancer la procédure</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>The selected dossiers have no document to print.</source>
        <translation>Les dossiers sélectionnés n&apos;ont aucun document à imprimer.</translation>
    </message>
    <message>
        <source>Print the dossiers</source>
        <translation>Imprimer les dossiers</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>%n page envoyée à l&apos;imprimante.</numerusform>
            <numerusform>%n pages envoyées à l&apos;imprimante.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>The selected dossiers have no document to export.</source>
        <translation>Les dossiers sélectionnés n&apos;ont aucun document à exporter.</translation>
    </message>
    <message>
        <source>dossiers.pdf</source>
        <translation>dossiers.pdf</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté dans %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n dossier(s) with their documents and history? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer %n dossier avec ses documents et son historique ? Cette action est définitive.</numerusform>
            <numerusform>Supprimer %n dossiers avec leurs documents et leur historique ? Cette action est définitive.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating demo dossiers…</source>
        <translation>Création des dossiers de démonstration…</translation>
    </message>
    <message>
        <source>Demo dossiers</source>
        <translation>Dossiers de démonstration</translation>
    </message>
    <message numerus="yes">
        <source>Export %n dossier(s) as an archive</source>
        <translation>
            <numerusform>Exporter %n dossier dans une archive</numerusform>
            <numerusform>Exporter %n dossiers dans une archive</numerusform>
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
        <translation>Export des dossiers…</translation>
    </message>
    <message>
        <source>The archive could not be written.

%1</source>
        <translation>L&apos;archive n&apos;a pas pu être écrite.

%1</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) exported to %1.</source>
        <translation>
            <numerusform>%n dossier exporté dans %1.</numerusform>
            <numerusform>%n dossiers exportés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import an archive</source>
        <translation>Importer une archive</translation>
    </message>
    <message>
        <source>Checking and importing the archive…</source>
        <translation>Vérification et import de l&apos;archive…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) of the archive are already here and were left unchanged. Replace them with the archive&apos;s version?</source>
        <translation>
            <numerusform>%n dossier de l&apos;archive est déjà ici et a été laissé tel quel. Le remplacer par la version de l&apos;archive ?</numerusform>
            <numerusform>%n dossiers de l&apos;archive sont déjà ici et ont été laissés tels quels. Les remplacer par la version de l&apos;archive ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) imported.</source>
        <translation>
            <numerusform>%n dossier importé.</numerusform>
            <numerusform>%n dossiers importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced.</source>
        <translation>
            <numerusform>%n remplacé.</numerusform>
            <numerusform>%n remplacés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not logged in to the portal: the dossiers wait in the outbox (Settings, Operator portal).</source>
        <translation>Non connecté au portail : les dossiers attendent dans la file d&apos;envoi (Paramètres, Portail opérateur).</translation>
    </message>
    <message>
        <source>Syncing with the portal…</source>
        <translation>Synchronisation avec le portail…</translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n envoyé</numerusform>
            <numerusform>%n envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refusé</numerusform>
            <numerusform>%n refusés</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced: nothing new.</source>
        <translation>Synchronisé : rien de nouveau.</translation>
    </message>
    <message>
        <source>Synced: %1.</source>
        <translation>Synchronisé : %1.</translation>
    </message>
    <message>
        <source>Refused by the portal</source>
        <translation>Refusé par le portail</translation>
    </message>
    <message>
        <source>Mandates ending soon</source>
        <translation>Mandats bientôt expirés</translation>
    </message>
    <message>
        <source>Show MandatDesk</source>
        <translation>Afficher MandatDesk</translation>
    </message>
    <message>
        <source>The form&apos;s setup is saved: mandates filled on it use it.</source>
        <translation>La configuration du formulaire est enregistrée : les mandats remplis sur ce formulaire l&apos;utilisent.</translation>
    </message>
    <message>
        <source>MandatDesk — demo — %1</source>
        <translation>MandatDesk — démonstration — %1</translation>
    </message>
    <message>
        <source>1. Your company ✔</source>
        <translation>1. Votre société ✔</translation>
    </message>
    <message>
        <source>1. Your company</source>
        <translation>1. Votre société</translation>
    </message>
    <message>
        <source>%1, SIREN %2: on every mandate.</source>
        <translation>%1, SIREN %2 : sur chaque mandat.</translation>
    </message>
    <message>
        <source>Your identity as the provider, once: it goes on every mandate.</source>
        <translation>Votre identité de prestataire, une fois : elle figure sur chaque mandat.</translation>
    </message>
    <message>
        <source>Edit your company…</source>
        <translation>Modifier votre société…</translation>
    </message>
    <message>
        <source>Enter your company…</source>
        <translation>Saisir votre société…</translation>
    </message>
    <message>
        <source>Edit your company</source>
        <translation>Modifier votre société</translation>
    </message>
    <message>
        <source>Enter your company</source>
        <translation>Saisir votre société</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Will not be sent:</source>
        <translation>Ne seront pas envoyés :</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n selected dossier(s) can be sent.</source>
        <translation>
            <numerusform>Le dossier sélectionné ne peut pas être envoyé.</numerusform>
            <numerusform>Aucun des %n dossiers sélectionnés ne peut être envoyé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n dossier(s) to the operator?</source>
        <translation>
            <numerusform>Envoyer %n dossier à l&apos;opérateur ?</numerusform>
            <numerusform>Envoyer %n dossiers à l&apos;opérateur ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Will be sent:</source>
        <translation>Seront envoyés :</translation>
    </message>
    <message>
        <source>The demo could not be started.</source>
        <translation>La démonstration n&apos;a pas pu être lancée.</translation>
    </message>
    <message>
        <source>The demo opens in a window of its own, on a profile of its own (%1): your dossiers are not touched.</source>
        <translation>La démonstration s&apos;ouvre dans sa propre fenêtre, sur son propre profil (%1) : vos dossiers ne sont pas touchés.</translation>
    </message>
    <message>
        <source>CSV, for a spreadsheet (*.csv)</source>
        <translation>CSV, pour un tableur (*.csv)</translation>
    </message>
    <message>
        <source>PDF, to send or print (*.pdf)</source>
        <translation>PDF, à envoyer ou imprimer (*.pdf)</translation>
    </message>
    <message>
        <source>Export the list of authorised numbers</source>
        <translation>Exporter la liste des numéros autorisés</translation>
    </message>
    <message>
        <source>numeros-autorises-%1.pdf</source>
        <translation>numeros-autorises-%1.pdf</translation>
    </message>
    <message>
        <source>The list could not be exported.

%1</source>
        <translation>La liste n&apos;a pas pu être exportée.

%1</translation>
    </message>
    <message numerus="yes">
        <source>%n authorised number(s)</source>
        <translation>
            <numerusform>%n numéro autorisé</numerusform>
            <numerusform>%n numéros autorisés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n client(s) exported to %1.</source>
        <translation>
            <numerusform>pour %n client, exportés dans %1.</numerusform>
            <numerusform>pour %n clients, exportés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Since the list for %1: %2 added, %3 expired, %4 revoked.</source>
        <translation>Depuis la liste du %1 : %2 ajouté(s), %3 expiré(s), %4 révoqué(s).</translation>
    </message>
    <message>
        <source>First list exported: the next one will show what changed since this one.</source>
        <translation>Première liste exportée : la suivante montrera ce qui a changé depuis celle-ci.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>To have blocked by the operator:</source>
        <translation>À faire bloquer par l&apos;opérateur :</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (in the file).</source>
        <translation>
            <numerusform>… et %n autre (dans le fichier).</numerusform>
            <numerusform>… et %n autres (dans le fichier).</numerusform>
        </translation>
    </message>
    <message>
        <source>List of authorised numbers</source>
        <translation>Liste des numéros autorisés</translation>
    </message>
    <message>
        <source>Reading the dossiers: %1 of %2…</source>
        <translation>Lecture des dossiers : %1 sur %2…</translation>
    </message>
    <message numerus="yes">
        <source>%n changed by another seat too</source>
        <translation>
            <numerusform>%n modifié aussi par un autre poste</numerusform>
            <numerusform>%n modifiés aussi par un autre poste</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed by another seat too: choose what to keep</source>
        <translation>Modifié aussi par un autre poste : choisissez ce qu&apos;il faut garder</translation>
    </message>
    <message numerus="yes">
        <source>%n of them are shared with the team: they stay on the portal and on the other seats, and this computer no longer receives them.</source>
        <translation>
            <numerusform>%n d&apos;entre eux est partagé avec l&apos;équipe : il reste sur le portail et sur les autres postes, et cet ordinateur ne le reçoit plus.</numerusform>
            <numerusform>%n d&apos;entre eux sont partagés avec l&apos;équipe : ils restent sur le portail et sur les autres postes, et cet ordinateur ne les reçoit plus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) from the portal</source>
        <translation>
            <numerusform>%n mise à jour du portail</numerusform>
            <numerusform>%n mises à jour du portail</numerusform>
        </translation>
    </message>
    <message>
        <source>News from the portal</source>
        <translation>Nouvelles du portail</translation>
    </message>
</context>
<context>
    <name>Mandat::OutboxModel</name>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <source>Error, will retry</source>
        <translation>Erreur, nouvel essai prévu</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Soumission</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Prochain essai</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
</context>
<context>
    <name>Mandat::ProviderDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>VAT number: %1</source>
        <translation>N° de TVA : %1</translation>
    </message>
    <message>
        <source>Enter your company&apos;s name.</source>
        <translation>Saisissez la raison sociale de votre société.</translation>
    </message>
    <message>
        <source>The SIREN is not valid: %1</source>
        <translation>Le SIREN n&apos;est pas valide : %1</translation>
    </message>
    <message>
        <source>Your company was not saved.

%1</source>
        <translation>Votre société n&apos;a pas été enregistrée.

%1</translation>
    </message>
</context>
<context>
    <name>Mandat::RecordDecisionDialog</name>
    <message>
        <source>No decision can be recorded from the status &quot;%1&quot;.</source>
        <translation>Aucune décision ne peut être enregistrée depuis le statut « %1 ».</translation>
    </message>
    <message>
        <source>Required: the reason the operator gave</source>
        <translation>Obligatoire : le motif donné par l&apos;opérateur</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>The mandate will be valid until %1 (one year from the decision).</source>
        <translation>Le mandat sera valide jusqu&apos;au %1 (un an après la décision).</translation>
    </message>
    <message>
        <source>The reason is shown at the top of the dossier, so it can be fixed and submitted again.</source>
        <translation>Le motif s&apos;affiche en haut du dossier, pour le corriger et le soumettre à nouveau.</translation>
    </message>
    <message>
        <source>The dossier is marked as submitted and waiting for the operator.</source>
        <translation>Le dossier est marqué comme soumis, en attente de l&apos;opérateur.</translation>
    </message>
    <message>
        <source>Enter the reason the operator gave for the rejection.</source>
        <translation>Saisissez le motif de rejet donné par l&apos;opérateur.</translation>
    </message>
    <message>
        <source>Recorded by hand</source>
        <translation>Enregistré à la main</translation>
    </message>
</context>
<context>
    <name>Mandat::SettingsDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>none: the system&apos;s authorities</source>
        <translation>aucune : les autorités du système</translation>
    </message>
    <message>
        <source>Pinned authority</source>
        <translation>Autorité épinglée</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Not entered yet: the mandates need it.</source>
        <translation>Pas encore renseignée : les mandats en ont besoin.</translation>
    </message>
    <message>
        <source>Logged in. The session is kept in the system keychain.</source>
        <translation>Connecté. La session est conservée dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Logged in for this session (no system keychain here).</source>
        <translation>Connecté pour cette session (pas de trousseau système ici).</translation>
    </message>
    <message>
        <source>Not logged in: dossiers wait in the outbox until you log in.</source>
        <translation>Non connecté : les dossiers attendent dans la file d&apos;envoi jusqu&apos;à la connexion.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>Not logged in: %1</source>
        <translation>Non connecté : %1</translation>
    </message>
    <message>
        <source>Operator portal</source>
        <translation>Portail opérateur</translation>
    </message>
    <message>
        <source>Login failed.

%1</source>
        <translation>La connexion a échoué.

%1</translation>
    </message>
    <message>
        <source>Not fetched yet. Once fetched, it is kept here and &quot;Generate the mandate&quot; can fill it, even offline.</source>
        <translation>Pas encore récupéré. Une fois récupéré, il est conservé ici et « Générer le mandat » peut le remplir, même hors ligne.</translation>
    </message>
    <message>
        <source>Kept here since %1: &quot;Generate the mandate&quot; can fill it, even offline. Fetch it again when the operator changes it.</source>
        <translation>Conservé ici depuis le %1 : « Générer le mandat » peut le remplir, même hors ligne. Récupérez-le à nouveau quand l&apos;opérateur le modifie.</translation>
    </message>
    <message>
        <source>Log in to the portal first: the operator gives its blank mandate to its accounts only.</source>
        <translation>Connectez-vous d&apos;abord au portail : l&apos;opérateur ne fournit son mandat vierge qu&apos;aux titulaires d&apos;un compte.</translation>
    </message>
    <message>
        <source>Fetching the blank mandate from %1…</source>
        <translation>Récupération du mandat vierge depuis %1…</translation>
    </message>
    <message>
        <source>Not fetched: %1</source>
        <translation>Non récupéré : %1</translation>
    </message>
    <message>
        <source>The operator&apos;s blank mandate could not be fetched.

%1</source>
        <translation>Le mandat vierge de l&apos;opérateur n&apos;a pas pu être récupéré.

%1</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorité</translation>
    </message>
    <message>
        <source>Server key</source>
        <translation>Clé du serveur</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate</source>
        <translation>Certificat du portail</translation>
    </message>
    <message>
        <source>Remove the pin</source>
        <translation>Retirer l&apos;épinglage</translation>
    </message>
    <message>
        <source>Trust every certificate the system&apos;s authorities sign for %1 again, instead of the pinned %2?</source>
        <translation>Faire de nouveau confiance à tout certificat signé pour %1 par les autorités du système, au lieu de l&apos;épinglage %2 ?</translation>
    </message>
    <message>
        <source>The portal&apos;s own certificate (PEM), from the operator</source>
        <translation>Le certificat du portail lui-même (PEM), fourni par l&apos;opérateur</translation>
    </message>
    <message>
        <source>Only if the operator gave you one (PEM)</source>
        <translation>Seulement si l&apos;opérateur vous en a fourni une (PEM)</translation>
    </message>
    <message>
        <source>server key %1</source>
        <translation>clé du serveur %1</translation>
    </message>
    <message>
        <source>authority %1</source>
        <translation>autorité %1</translation>
    </message>
    <message>
        <source>Pinned certificate</source>
        <translation>Certificat épinglé</translation>
    </message>
    <message>
        <source>The pin changes (now %1, new %2). Trust the new one?</source>
        <translation>L&apos;épinglage change (actuel %1, nouveau %2). Faire confiance au nouveau ?</translation>
    </message>
    <message>
        <source>The pin was kept.</source>
        <translation>L&apos;épinglage a été conservé.</translation>
    </message>
</context>
<context>
    <name>Mandat::TemplateMappingDialog</name>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Check box</source>
        <translation>Case à cocher</translation>
    </message>
    <message>
        <source>Radio button</source>
        <translation>Bouton radio</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>Bouton</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
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
        <translation>Valeur du dossier</translation>
    </message>
    <message>
        <source>From the left</source>
        <translation>Depuis la gauche</translation>
    </message>
    <message>
        <source>From the top</source>
        <translation>Depuis le haut</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Taille de police</translation>
    </message>
    <message>
        <source>The operator&apos;s PDF form</source>
        <translation>Formulaire PDF de l&apos;opérateur</translation>
    </message>
    <message>
        <source>PDF forms (*.pdf);;All files (*)</source>
        <translation>Formulaires PDF (*.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The operator&apos;s template, from the portal</source>
        <translation>Modèle de l&apos;opérateur, issu du portail</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>This PDF has no form field: say where each value is written — the page, and where its first line starts, in points from the top left of the page (an A4 page is 595 × 842 points).</source>
        <translation>Ce PDF n&apos;a aucun champ de formulaire : indiquez où chaque valeur est écrite — la page, et où commence sa première ligne, en points depuis le coin supérieur gauche de la page (une page A4 mesure 595 × 842 points).</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s). The values are the ones saved for this form.</source>
        <translation>
            <numerusform>%n champ. Sa valeur est celle enregistrée pour ce formulaire.</numerusform>
            <numerusform>%n champs. Les valeurs sont celles enregistrées pour ce formulaire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s). MandatDesk proposes the values from the fields&apos; names: check them, then save.</source>
        <translation>
            <numerusform>%n champ. MandatDesk propose sa valeur d&apos;après son nom : vérifiez-la, puis enregistrez.</numerusform>
            <numerusform>%n champs. MandatDesk propose les valeurs d&apos;après le nom des champs : vérifiez-les, puis enregistrez.</numerusform>
        </translation>
    </message>
    <message>
        <source>(signed by hand)</source>
        <translation>(signé à la main)</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(rien)</translation>
    </message>
    <message>
        <source>Value of the field %1</source>
        <translation>Valeur du champ %1</translation>
    </message>
    <message>
        <source>Value to place</source>
        <translation>Valeur à placer</translation>
    </message>
    <message>
        <source>From the left of the page</source>
        <translation>Depuis le bord gauche de la page</translation>
    </message>
    <message>
        <source>From the top of the page</source>
        <translation>Depuis le haut de la page</translation>
    </message>
    <message>
        <source>Operator&apos;s mandate form</source>
        <translation>Formulaire de mandat de l&apos;opérateur</translation>
    </message>
    <message>
        <source>The form&apos;s setup was not saved.

%1</source>
        <translation>La configuration du formulaire n&apos;a pas été enregistrée.

%1</translation>
    </message>
</context>
<context>
    <name>MandateFiller</name>
    <message>
        <source>The template has no form field: place the values on its pages first.</source>
        <translation>Le modèle n&apos;a aucun champ de formulaire : placez d&apos;abord les valeurs sur ses pages.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more number(s): see the annex</source>
        <translation>
            <numerusform>… et %n autre numéro : voir l&apos;annexe</numerusform>
            <numerusform>… et %n autres numéros : voir l&apos;annexe</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the template&apos;s fields is mapped to a dossier value.</source>
        <translation>Aucun champ du modèle n&apos;est associé à une valeur du dossier.</translation>
    </message>
    <message>
        <source>Annex — numbers covered by the mandate of %1</source>
        <translation>Annexe — numéros couverts par le mandat de %1</translation>
    </message>
    <message>
        <source>After adding the annex, the field &quot;%1&quot; lost its value.</source>
        <translation>Après l&apos;ajout de l&apos;annexe, le champ « %1 » a perdu sa valeur.</translation>
    </message>
    <message>
        <source>The annex does not show %1.</source>
        <translation>L&apos;annexe ne fait pas apparaître %1.</translation>
    </message>
    <message>
        <source>The template cannot be opened as a PDF.</source>
        <translation>Le modèle ne peut pas être ouvert comme un PDF.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is placed on page %2, but the template has %3 page(s).</source>
        <translation>« %1 » est placé en page %2, mais le modèle compte %3 page(s).</translation>
    </message>
    <message>
        <source>After filling, page %1 does not show &quot;%2&quot;.</source>
        <translation>Après remplissage, la page %1 ne fait pas apparaître « %2 ».</translation>
    </message>
</context>
<context>
    <name>MandateGenerator</name>
    <message>
        <source>The portal&apos;s template could not be recorded in the profile.</source>
        <translation>Le modèle du portail n&apos;a pas pu être enregistré dans le profil.</translation>
    </message>
    <message>
        <source>The template has no form field: say first where each value goes on it (Mapping…; on the command line, template place).</source>
        <translation>Le modèle n&apos;a aucun champ de formulaire : indiquez d&apos;abord où va chaque valeur (Correspondance… ; en ligne de commande, template place).</translation>
    </message>
</context>
<context>
    <name>Module</name>
    <message>
        <source>not found in %1</source>
        <translation>introuvable dans %1</translation>
    </message>
    <message>
        <source>MandatDesk&apos;s module %1 cannot be loaded (%2): reinstall MandatDesk.</source>
        <translation>Le module %1 de MandatDesk ne peut pas être chargé (%2) : réinstallez MandatDesk.</translation>
    </message>
    <message>
        <source>MandatDesk&apos;s module %1 lacks %2: reinstall MandatDesk.</source>
        <translation>Il manque %2 au module %1 de MandatDesk : réinstallez MandatDesk.</translation>
    </message>
</context>
<context>
    <name>NumberCategory</name>
    <message>
        <source>invalid number</source>
        <translation>numéro invalide</translation>
    </message>
    <message>
        <source>verified multi-purpose number (NPV)</source>
        <translation>numéro polyvalent vérifié (NPV)</translation>
    </message>
    <message>
        <source>geographic number</source>
        <translation>numéro géographique</translation>
    </message>
    <message>
        <source>non-geographic number</source>
        <translation>numéro non géographique</translation>
    </message>
    <message>
        <source>platform number</source>
        <translation>numéro de plateforme</translation>
    </message>
    <message>
        <source>mobile number</source>
        <translation>numéro mobile</translation>
    </message>
    <message>
        <source>machine-to-machine number</source>
        <translation>numéro machine à machine</translation>
    </message>
    <message>
        <source>special number, free</source>
        <translation>numéro spécial gratuit</translation>
    </message>
    <message>
        <source>special number, normal rate</source>
        <translation>numéro spécial à tarif banalisé</translation>
    </message>
    <message>
        <source>special number, premium rate</source>
        <translation>numéro spécial surtaxé</translation>
    </message>
    <message>
        <source>short number</source>
        <translation>numéro court</translation>
    </message>
    <message>
        <source>foreign number</source>
        <translation>numéro étranger</translation>
    </message>
</context>
<context>
    <name>NumberClassifier</name>
    <message>
        <source>No number given.</source>
        <translation>Aucun numéro indiqué.</translation>
    </message>
    <message>
        <source>%1 is a short number: it cannot be presented as a caller ID.</source>
        <translation>%1 est un numéro court : il ne peut pas être présenté comme numéro d&apos;appelant.</translation>
    </message>
    <message>
        <source>%1 is a foreign number: outside the French numbering plan, a French operator&apos;s mandate cannot cover it (Arcep decision 18-0881).</source>
        <translation>%1 est un numéro étranger : hors du plan de numérotation français, un mandat auprès d&apos;un opérateur français ne peut pas le couvrir (décision Arcep 18-0881).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number in the French numbering plan.</source>
        <translation>« %1 » n&apos;est pas un numéro du plan de numérotation français.</translation>
    </message>
    <message>
        <source>%1 matches no range of the French numbering plan.</source>
        <translation>%1 ne correspond à aucune tranche du plan de numérotation français.</translation>
    </message>
    <message>
        <source>A number starting with %1 has %2 digits; &quot;%3&quot; has %4.</source>
        <translation>Un numéro commençant par %1 a %2 chiffres ; « %3 » en a %4.</translation>
    </message>
    <message>
        <source>call-centre agents may present it under a mandate</source>
        <translation>les téléconseillers d&apos;un centre d&apos;appels peuvent le présenter sous mandat</translation>
    </message>
    <message>
        <source>call-centre agents may not present it</source>
        <translation>les téléconseillers d&apos;un centre d&apos;appels ne peuvent pas le présenter</translation>
    </message>
    <message>
        <source>automated calling systems may present it</source>
        <translation>les systèmes automatisés d&apos;appels peuvent le présenter</translation>
    </message>
    <message>
        <source>automated calling systems may not present it</source>
        <translation>les systèmes automatisés d&apos;appels ne peuvent pas le présenter</translation>
    </message>
    <message>
        <source>%1 is a %2 (prefix %3): %4; %5 (%6).</source>
        <translation>%1 est un %2 (préfixe %3) : %4 ; %5 (%6).</translation>
    </message>
    <message>
        <source>%1 is in no range that libphonenumber knows for %2 (fixed or mobile): it cannot be presented.</source>
        <translation>%1 n&apos;est dans aucune plage que libphonenumber connaît pour %2 (fixe ou mobile) : il ne peut pas être présenté.</translation>
    </message>
    <message>
        <source>On %1 no rule of the numbering plan applies yet to %2: the first applies from %3.</source>
        <translation>Le %1, aucune règle du plan de numérotation ne s&apos;applique encore à %2 : la première s&apos;applique à partir du %3.</translation>
    </message>
    <message>
        <source>%1 is in the block %2 of the numbering plan: %3 (%4).</source>
        <translation>%1 est dans le bloc %2 du plan de numérotation : %3 (%4).</translation>
    </message>
</context>
<context>
    <name>NumberingPlan</name>
    <message>
        <source>Unknown category &quot;%1&quot; in the numbering plan.</source>
        <translation>Catégorie inconnue « %1 » dans le plan de numérotation.</translation>
    </message>
    <message>
        <source>The numbering plan %1 has no range.</source>
        <translation>Le plan de numérotation %1 ne contient aucune tranche.</translation>
    </message>
    <message>
        <source>A range of the numbering plan has no valid &quot;since&quot; date.</source>
        <translation>Une plage du plan de numérotation n&apos;a pas de date « since » valide.</translation>
    </message>
</context>
<context>
    <name>OcrEngine</name>
    <message>
        <source>Text recognition (Tesseract with French data) is not installed: scanned pages cannot be read.</source>
        <translation>La reconnaissance de texte (Tesseract avec les données françaises) n&apos;est pas installée : les pages scannées ne peuvent pas être lues.</translation>
    </message>
    <message>
        <source>Text recognition was cancelled.</source>
        <translation>La reconnaissance de texte a été annulée.</translation>
    </message>
    <message>
        <source>Text recognition failed on this page.</source>
        <translation>La reconnaissance de texte a échoué sur cette page.</translation>
    </message>
    <message>
        <source>Text recognition took too long.</source>
        <translation>La reconnaissance du texte a pris trop de temps.</translation>
    </message>
</context>
<context>
    <name>PdfAppearances</name>
    <message>
        <source>The PDF&apos;s form could not be drawn: %1</source>
        <translation>Le formulaire du PDF n&apos;a pas pu être dessiné : %1</translation>
    </message>
    <message>
        <source>The PDF has no page %1.</source>
        <translation>Le PDF n&apos;a pas de page %1.</translation>
    </message>
    <message>
        <source>Pages could not be taken out of the PDF: %1</source>
        <translation>Des pages n&apos;ont pas pu être retirées du PDF : %1</translation>
    </message>
</context>
<context>
    <name>PdfFormBuilder</name>
    <message>
        <source>The PDF has an unexpected structure: its form fields cannot be added.</source>
        <translation>Le PDF a une structure inattendue : ses champs de formulaire ne peuvent pas être ajoutés.</translation>
    </message>
    <message>
        <source>A form field is placed on a page the PDF does not have.</source>
        <translation>Un champ de formulaire est placé sur une page que le PDF n&apos;a pas.</translation>
    </message>
</context>
<context>
    <name>PortalClient</name>
    <message>
        <source>The portal answered %1.</source>
        <translation>Le portail a répondu %1.</translation>
    </message>
    <message>
        <source>The portal&apos;s address must start with https://.</source>
        <translation>L&apos;adresse du portail doit commencer par https://.</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate is not trusted: %1. Pin its authority in the settings if you trust it.</source>
        <translation>Le certificat du portail n&apos;est pas reconnu : %1. Épinglez son autorité dans les réglages si vous lui faites confiance.</translation>
    </message>
    <message>
        <source>The portal cannot be reached: %1</source>
        <translation>Le portail est injoignable : %1</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate does not carry the pinned key (%1): it is refused.</source>
        <translation>Le certificat du portail ne porte pas la clé épinglée (%1) : il est refusé.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer is larger than %1 MiB: it is refused.</source>
        <translation>La réponse du portail dépasse %1 Mio : elle est refusée.</translation>
    </message>
</context>
<context>
    <name>PortalSession</name>
    <message>
        <source>The portal&apos;s address is an https:// URL, not &quot;%1&quot;.</source>
        <translation>L&apos;adresse du portail est une URL https://, pas « %1 ».</translation>
    </message>
    <message>
        <source>Enter the account name the operator gave you.</source>
        <translation>Saisissez l&apos;identifiant que l&apos;opérateur vous a donné.</translation>
    </message>
    <message>
        <source>The pinned authority is not a PEM certificate.</source>
        <translation>L&apos;autorité épinglée n&apos;est pas un certificat PEM.</translation>
    </message>
    <message>
        <source>The portal settings could not be saved in the profile.</source>
        <translation>Les réglages du portail n&apos;ont pas pu être enregistrés dans le profil.</translation>
    </message>
    <message>
        <source>Enter the portal&apos;s address first.</source>
        <translation>Saisissez d&apos;abord l&apos;adresse du portail.</translation>
    </message>
    <message>
        <source>Pin either the portal&apos;s authority or its server key, not both.</source>
        <translation>Épinglez soit l&apos;autorité du portail, soit sa clé de serveur, pas les deux.</translation>
    </message>
</context>
<context>
    <name>PortalTemplate</name>
    <message>
        <source>The portal&apos;s answer is not a PDF: no template was kept.</source>
        <translation>La réponse du portail n&apos;est pas un PDF : aucun modèle n&apos;a été conservé.</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>The dossier could not be printed.

%1</source>
        <translation>Le dossier n&apos;a pas pu être imprimé.

%1</translation>
    </message>
    <message>
        <source>Export as one PDF</source>
        <translation>Exporter en un seul PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>The PDF could not be written.

%1</source>
        <translation>Le PDF n&apos;a pas pu être écrit.

%1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) printed to %1.</source>
        <translation>
            <numerusform>%n page imprimée dans %1.</numerusform>
            <numerusform>%n pages imprimées dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Cannot create the profile folder %1.</source>
        <translation>Impossible de créer le dossier du profil %1.</translation>
    </message>
</context>
<context>
    <name>ProviderDialog</name>
    <message>
        <source>Your company</source>
        <translation>Votre société</translation>
    </message>
    <message>
        <source>Your company is the provider on every mandate: the client authorises it to present the client&apos;s numbers. Enter it once, as on your Kbis extract.</source>
        <translation>Votre société est le mandataire de chaque mandat : le client l&apos;autorise à présenter ses numéros. Renseignez-la une fois, comme sur votre extrait Kbis.</translation>
    </message>
    <message>
        <source>&amp;Company name:</source>
        <translation>&amp;Raison sociale :</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <source>Legal &amp;form:</source>
        <translation>&amp;Forme juridique :</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <source>SAS, SARL…</source>
        <translation>SAS, SARL…</translation>
    </message>
    <message>
        <source>Share &amp;capital:</source>
        <translation>&amp;Capital social :</translation>
    </message>
    <message>
        <source>Share capital</source>
        <translation>Capital social</translation>
    </message>
    <message>
        <source>10 000 €</source>
        <translation>10 000 €</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>&amp;SIREN:</source>
        <translation>&amp;SIREN :</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>9 digits</source>
        <translation>9 chiffres</translation>
    </message>
    <message>
        <source>SIREN check</source>
        <translation>Contrôle du SIREN</translation>
    </message>
    <message>
        <source>&amp;RCS city:</source>
        <translation>Ville du R&amp;CS :</translation>
    </message>
    <message>
        <source>RCS city</source>
        <translation>Ville du RCS</translation>
    </message>
    <message>
        <source>&amp;Representative:</source>
        <translation>Re&amp;présentant :</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Représentant</translation>
    </message>
    <message>
        <source>Representative&apos;s &amp;title:</source>
        <translation>&amp;Qualité du représentant :</translation>
    </message>
    <message>
        <source>Representative&apos;s title</source>
        <translation>Qualité du représentant</translation>
    </message>
</context>
<context>
    <name>ReadinessReport</name>
    <message>
        <source>The client&apos;s SIREN &quot;%1&quot; is not valid.</source>
        <translation>Le SIREN du client « %1 » n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The dossier has no number.</source>
        <translation>Le dossier ne contient aucun numéro.</translation>
    </message>
    <message>
        <source>%1 is a mobile number: a call centre may not present it (Arcep FAQ).</source>
        <translation>%1 est un numéro mobile : un centre d&apos;appels ne peut pas le présenter (FAQ Arcep).</translation>
    </message>
    <message>
        <source>%1 may not be presented by automated calling systems (Arcep decision 2022-1583): only verified multi-purpose numbers (NPV) and special numbers may.</source>
        <translation>%1 ne peut pas être présenté par des systèmes automatisés d&apos;appels (décision Arcep 2022-1583) : seuls les numéros polyvalents vérifiés (NPV) et les numéros spéciaux le peuvent.</translation>
    </message>
    <message>
        <source>The mandate signed and stamped by the client is missing.</source>
        <translation>Le mandat signé et tamponné par le client manque.</translation>
    </message>
    <message>
        <source>The client&apos;s Kbis extract is missing.</source>
        <translation>L&apos;extrait Kbis du client manque.</translation>
    </message>
    <message>
        <source>An invoice showing the numbers is missing.</source>
        <translation>Il manque une facture faisant apparaître les numéros.</translation>
    </message>
    <message>
        <source>No invoice under %1 months old shows the number %2.</source>
        <translation>Aucune facture de moins de %1 mois ne fait apparaître le numéro %2.</translation>
    </message>
</context>
<context>
    <name>RecordDecisionDialog</name>
    <message>
        <source>Record the operator&apos;s decision</source>
        <translation>Enregistrer la décision de l&apos;opérateur</translation>
    </message>
    <message>
        <source>For a dossier you handled outside MandatDesk (the operator&apos;s web site, e-mail, post): record what the operator decided.</source>
        <translation>Pour un dossier traité hors de MandatDesk (site web de l&apos;opérateur, courriel, courrier) : enregistrez ce que l&apos;opérateur a décidé.</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Nouveau statut</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>&amp;Décidé le :</translation>
    </message>
    <message>
        <source>Day of the decision</source>
        <translation>Jour de la décision</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Reason given by the operator</source>
        <translation>Motif donné par l&apos;opérateur</translation>
    </message>
</context>
<context>
    <name>ReviewDesk</name>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>Non soumis</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>En cours de vérification</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Kbis extract</source>
        <translation>Extrait Kbis</translation>
    </message>
    <message>
        <source>Phone invoice</source>
        <translation>Facture téléphonique</translation>
    </message>
    <message>
        <source>Signed mandate</source>
        <translation>Mandat signé</translation>
    </message>
    <message>
        <source>the day the extract is up to date</source>
        <translation>le jour où l&apos;extrait est à jour</translation>
    </message>
    <message>
        <source>the day the extract was delivered</source>
        <translation>le jour où l&apos;extrait a été délivré</translation>
    </message>
    <message>
        <source>the date in the extract&apos;s footer</source>
        <translation>la date du pied de page de l&apos;extrait</translation>
    </message>
    <message>
        <source>the day the situation is given at</source>
        <translation>le jour de la situation</translation>
    </message>
    <message>
        <source>the day it was printed</source>
        <translation>le jour de l&apos;impression</translation>
    </message>
    <message>
        <source>the invoice&apos;s date</source>
        <translation>la date de la facture</translation>
    </message>
    <message>
        <source>the end of the billing period</source>
        <translation>la fin de la période facturée</translation>
    </message>
    <message>
        <source>the due date</source>
        <translation>la date d&apos;échéance</translation>
    </message>
    <message>
        <source>the direct debit&apos;s date</source>
        <translation>la date du prélèvement</translation>
    </message>
    <message>
        <source>the signing date</source>
        <translation>la date de signature</translation>
    </message>
    <message>
        <source>the registration date</source>
        <translation>la date d&apos;immatriculation</translation>
    </message>
    <message>
        <source>the date of a change</source>
        <translation>la date d&apos;une modification</translation>
    </message>
    <message>
        <source>Kbis extract older than 3 months</source>
        <translation>Extrait Kbis de plus de 3 mois</translation>
    </message>
    <message>
        <source>Invoice older than 3 months</source>
        <translation>Facture de plus de 3 mois</translation>
    </message>
    <message>
        <source>A number is not on the invoice</source>
        <translation>Un numéro n&apos;apparaît pas sur la facture</translation>
    </message>
    <message>
        <source>Mandate not signed or not stamped</source>
        <translation>Mandat non signé ou sans cachet</translation>
    </message>
    <message>
        <source>Invoice not in the client&apos;s name</source>
        <translation>Facture qui n&apos;est pas au nom du client</translation>
    </message>
    <message>
        <source>The Kbis extract is another company&apos;s</source>
        <translation>L&apos;extrait Kbis est celui d&apos;une autre société</translation>
    </message>
    <message>
        <source>A document cannot be read</source>
        <translation>Un document est illisible</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Autre motif</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Your session has ended: sign in again.</source>
        <translation>Votre session a pris fin : reconnectez-vous.</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>This form did not come from this page: nothing was done.</source>
        <translation>Ce formulaire ne vient pas de cette page : rien n&apos;a été fait.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>The sign-in form expired: try again.</source>
        <translation>Le formulaire de connexion a expiré : recommencez.</translation>
    </message>
    <message>
        <source>Too many sign-in attempts: try again in %1 s.</source>
        <translation>Trop de tentatives de connexion : réessayez dans %1 s.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Identifiant ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>The session could not be opened: try again.</source>
        <translation>La session n&apos;a pas pu être ouverte : réessayez.</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Dossiers soumis</translation>
    </message>
    <message>
        <source>The decision on %1 is recorded and sent to the provider.</source>
        <translation>La décision sur %1 est enregistrée et transmise au prestataire.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>quelle que soit la durée</translation>
    </message>
    <message>
        <source>%1 days or more</source>
        <translation>%1 jours ou plus</translation>
    </message>
    <message>
        <source>SIREN or number</source>
        <translation>SIREN ou numéro</translation>
    </message>
    <message>
        <source>e.g. 518452750</source>
        <translation>ex. 518452750</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>1 submission</source>
        <translation>1 dossier</translation>
    </message>
    <message>
        <source>%1 submissions</source>
        <translation>%1 dossiers</translation>
    </message>
    <message>
        <source>Nothing to show with these filters.</source>
        <translation>Aucun dossier avec ces filtres.</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
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
        <translation>Numéros</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>There is no submission %1.</source>
        <translation>Il n&apos;y a pas de dossier %1.</translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <translation>Retour à la file</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>provider %1</source>
        <translation>prestataire %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2.</source>
        <translation>Valide du %1 au %2.</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Dénomination</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Registry (RCS)</source>
        <translation>Greffe (RCS)</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Représentant</translation>
    </message>
    <message>
        <source>Representative&apos;s title</source>
        <translation>Qualité du représentant</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>automated calls</source>
        <translation>appels automatisés</translation>
    </message>
    <message>
        <source>calls by agents</source>
        <translation>appels par des conseillers</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>May be shown for this use</source>
        <translation>Présentable pour cet usage</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Documents and checks</source>
        <translation>Documents et vérifications</translation>
    </message>
    <message>
        <source>No check was kept for this version (it was not submitted since the desk opened).</source>
        <translation>Aucune vérification conservée pour cette version (elle n&apos;a pas été soumise depuis l&apos;ouverture du guichet).</translation>
    </message>
    <message>
        <source>Date found</source>
        <translation>Date trouvée</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Date stated by the provider</source>
        <translation>Date indiquée par le prestataire</translation>
    </message>
    <message>
        <source>Signature and stamp confirmed by</source>
        <translation>Signature et cachet confirmés par</translation>
    </message>
    <message>
        <source>No problem found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message>
        <source>Open the document on its own</source>
        <translation>Ouvrir le document seul</translation>
    </message>
    <message>
        <source>No document.</source>
        <translation>Aucun document.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Approve: valid for one year from today</source>
        <translation>Valider : valable un an à partir d&apos;aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Choose a reason</source>
        <translation>Choisissez un motif</translation>
    </message>
    <message>
        <source>Details for the provider (optional)</source>
        <translation>Précisions pour le prestataire (facultatif)</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Précisions</translation>
    </message>
    <message>
        <source>Nothing was done</source>
        <translation>Rien n&apos;a été fait</translation>
    </message>
    <message>
        <source>Back to the submission</source>
        <translation>Retour au dossier</translation>
    </message>
    <message>
        <source>This submission is no longer under review: it was decided already.</source>
        <translation>Ce dossier n&apos;est plus en cours de vérification : il a déjà été décidé.</translation>
    </message>
    <message>
        <source>Choose the reason of the rejection.</source>
        <translation>Choisissez le motif du refus.</translation>
    </message>
    <message>
        <source>The details are at most 1000 characters of text.</source>
        <translation>Les précisions font au plus 1000 caractères de texte.</translation>
    </message>
    <message>
        <source>Say why in the details when the reason is &quot;other&quot;.</source>
        <translation>Précisez pourquoi quand le motif est « Autre motif ».</translation>
    </message>
    <message>
        <source>The submission changed meanwhile: open it again.</source>
        <translation>Le dossier a changé entre-temps : rouvrez-le.</translation>
    </message>
    <message>
        <source>The decision could not be stored: try again.</source>
        <translation>La décision n&apos;a pas pu être enregistrée : réessayez.</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Lue comme</translation>
    </message>
    <message>
        <source>This page is not for your account.</source>
        <translation>Cette page n&apos;est pas pour votre compte.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>For the operator&apos;s reviewers and the accounts&apos; administrators. Providers&apos; users use MandatDesk.</source>
        <translation>Réservé aux vérificateurs de l&apos;opérateur et aux administrateurs des comptes. Les utilisateurs des prestataires utilisent MandatDesk.</translation>
    </message>
    <message>
        <source>This portal is for the operator&apos;s reviewers and the accounts&apos; administrators.</source>
        <translation>Ce portail est réservé aux vérificateurs de l&apos;opérateur et aux administrateurs des comptes.</translation>
    </message>
    <message>
        <source>Users of the account %1</source>
        <translation>Utilisateurs du compte %1</translation>
    </message>
    <message>
        <source>%1 may now manage mandates.</source>
        <translation>%1 peut désormais gérer les mandats.</translation>
    </message>
    <message>
        <source>%1 may no longer manage mandates: its next call to the portal is refused.</source>
        <translation>%1 ne peut plus gérer les mandats : son prochain appel au portail est refusé.</translation>
    </message>
    <message>
        <source>%1 is disabled: its sessions are ended.</source>
        <translation>%1 est désactivé : ses sessions sont fermées.</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>%1 peut de nouveau se connecter.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Mandates right</source>
        <translation>Droit mandats</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>invité</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>Withdraw the right</source>
        <translation>Retirer le droit</translation>
    </message>
    <message>
        <source>Grant the right</source>
        <translation>Donner le droit</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <source>Invite a user</source>
        <translation>Inviter un utilisateur</translation>
    </message>
    <message>
        <source>Login (letters, digits, . _ @ -)</source>
        <translation>Identifiant (lettres, chiffres, . _ @ -)</translation>
    </message>
    <message>
        <source>May manage mandates</source>
        <translation>Peut gérer les mandats</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Inviter</translation>
    </message>
    <message>
        <source>Back to the users</source>
        <translation>Retour aux utilisateurs</translation>
    </message>
    <message>
        <source>There is no user %1 in your account.</source>
        <translation>Il n&apos;y a pas d&apos;utilisateur %1 dans votre compte.</translation>
    </message>
    <message>
        <source>You cannot disable yourself.</source>
        <translation>Vous ne pouvez pas vous désactiver vous-même.</translation>
    </message>
    <message>
        <source>This change does not exist.</source>
        <translation>Cette modification n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The change could not be stored: try again.</source>
        <translation>La modification n&apos;a pas pu être enregistrée : réessayez.</translation>
    </message>
    <message>
        <source>A login is 3 to 64 letters, digits or . _ @ -.</source>
        <translation>Un identifiant compte de 3 à 64 lettres, chiffres ou . _ @ -.</translation>
    </message>
    <message>
        <source>The login %1 is taken: choose another.</source>
        <translation>L&apos;identifiant %1 est déjà pris : choisissez-en un autre.</translation>
    </message>
    <message>
        <source>%1 is invited. Send them this link, on this portal&apos;s address:</source>
        <translation>%1 est invité. Envoyez-lui ce lien, à l&apos;adresse de ce portail :</translation>
    </message>
    <message>
        <source>It works once, for 72 hours, and is shown only now.</source>
        <translation>Il sert une fois, pendant 72 heures, et n&apos;est affiché que maintenant.</translation>
    </message>
    <message>
        <source>Choose your password</source>
        <translation>Choisissez votre mot de passe</translation>
    </message>
    <message>
        <source>This invitation is unknown, used or expired: ask your administrator for another.</source>
        <translation>Cette invitation est inconnue, déjà utilisée ou expirée : demandez-en une autre à votre administrateur.</translation>
    </message>
    <message>
        <source>Your login: %1</source>
        <translation>Votre identifiant : %1</translation>
    </message>
    <message>
        <source>Password (10 characters or more)</source>
        <translation>Mot de passe (10 caractères ou plus)</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>Le même, à nouveau</translation>
    </message>
    <message>
        <source>Set my password</source>
        <translation>Enregistrer mon mot de passe</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>The password needs 10 characters or more.</source>
        <translation>Le mot de passe doit compter 10 caractères ou plus.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <source>Your password is set. Sign in from MandatDesk with the login %1.</source>
        <translation>Votre mot de passe est enregistré. Connectez-vous depuis MandatDesk avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>MandatDesk operator portal</source>
        <translation>MandatDesk — portail de l&apos;opérateur</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>The submission changed since you opened it: nothing was done. Open it again.</source>
        <translation>Le dossier a changé depuis que vous l&apos;avez ouvert : rien n&apos;a été fait. Rouvrez-le.</translation>
    </message>
    <message>
        <source>%1 to %2 of %3 submissions</source>
        <translation>%1 à %2 sur %3 dossiers</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Votre société</translation>
    </message>
    <message>
        <source>Edit your company…</source>
        <translation>Modifier votre société…</translation>
    </message>
    <message>
        <source>Edit your company</source>
        <translation>Modifier votre société</translation>
    </message>
    <message>
        <source>Operator portal</source>
        <translation>Portail opérateur</translation>
    </message>
    <message>
        <source>Portal &amp;address:</source>
        <translation>&amp;Adresse du portail :</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>Adresse du portail</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Only if the operator gave you one (PEM)</source>
        <translation>Seulement si l&apos;opérateur vous en a fourni une (PEM)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Empreinte :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Log in to the portal</source>
        <translation>Se connecter au portail</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Log out of the portal</source>
        <translation>Se déconnecter du portail</translation>
    </message>
    <message>
        <source>Portal connection</source>
        <translation>Connexion au portail</translation>
    </message>
    <message>
        <source>Reminders and sync</source>
        <translation>Rappels et synchronisation</translation>
    </message>
    <message>
        <source>&amp;Remind me before a mandate ends:</source>
        <translation>&amp;Me prévenir avant la fin d&apos;un mandat :</translation>
    </message>
    <message>
        <source>Reminder delay in days</source>
        <translation>Délai de rappel en jours</translation>
    </message>
    <message>
        <source>Show desktop &amp;notifications</source>
        <translation>Afficher les &amp;notifications du bureau</translation>
    </message>
    <message>
        <source>Show desktop notifications</source>
        <translation>Afficher les notifications du bureau</translation>
    </message>
    <message>
        <source>&amp;Sync with the portal every:</source>
        <translation>&amp;Synchroniser avec le portail toutes les :</translation>
    </message>
    <message>
        <source>Sync interval in minutes</source>
        <translation>Intervalle de synchronisation en minutes</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>The language changes at the next start.</source>
        <translation>La langue change au prochain démarrage.</translation>
    </message>
    <message>
        <source>The operator&apos;s blank mandate</source>
        <translation>Mandat vierge de l&apos;opérateur</translation>
    </message>
    <message>
        <source>&amp;Fetch the blank mandate</source>
        <translation>&amp;Récupérer le mandat vierge</translation>
    </message>
    <message>
        <source>Fetch the operator&apos;s blank mandate from the portal</source>
        <translation>Récupérer le mandat vierge de l&apos;opérateur depuis le portail</translation>
    </message>
    <message>
        <source>Keeps the operator&apos;s own mandate form here, to fill mandates on it even offline.</source>
        <translation>Conserve ici le formulaire de mandat propre à l&apos;opérateur, pour y remplir des mandats même hors ligne.</translation>
    </message>
    <message>
        <source>Fetching the blank mandate</source>
        <translation>Récupération du mandat vierge</translation>
    </message>
    <message>
        <source>&amp;Trust:</source>
        <translation>&amp;Confiance :</translation>
    </message>
    <message>
        <source>What to pin</source>
        <translation>Ce qui est épinglé</translation>
    </message>
    <message>
        <source>An authority: only certificates it signed are trusted. A server key: only the portal&apos;s own key is trusted, whoever signed its certificate.</source>
        <translation>Une autorité : seuls les certificats qu&apos;elle a signés sont acceptés. Une clé du serveur : seule la clé du portail est acceptée, quel que soit le signataire de son certificat.</translation>
    </message>
    <message>
        <source>Pinned certificate file</source>
        <translation>Fichier du certificat épinglé</translation>
    </message>
    <message>
        <source>Browse for the pinned certificate</source>
        <translation>Choisir le certificat épinglé</translation>
    </message>
    <message>
        <source>Remove the pin</source>
        <translation>Retirer l&apos;épinglage</translation>
    </message>
    <message>
        <source>Remove the pin: trust the system&apos;s authorities</source>
        <translation>Retirer l&apos;épinglage : faire confiance aux autorités du système</translation>
    </message>
    <message>
        <source>Pinned fingerprint</source>
        <translation>Empreinte épinglée</translation>
    </message>
    <message>
        <source>Share &amp;drafts with the team at once</source>
        <translation>Partager les &amp;brouillons avec l&apos;équipe tout de suite</translation>
    </message>
    <message>
        <source>Share drafts with the team at once</source>
        <translation>Partager les brouillons avec l&apos;équipe tout de suite</translation>
    </message>
    <message>
        <source>Checked: the other seats of your account see a new dossier at the next sync. Unchecked: a dossier stays on this computer until it is submitted; once shared, its edits always go.</source>
        <translation>Coché : les autres postes de votre compte voient un nouveau dossier à la prochaine synchronisation. Décoché : un dossier reste sur cet ordinateur jusqu&apos;à son envoi ; une fois partagé, ses modifications partent toujours.</translation>
    </message>
</context>
<context>
    <name>SignatureInfo</name>
    <message>
        <source>The PDF is digitally signed, but its signature cannot be checked here (Poppler&apos;s pdfsig is missing).</source>
        <translation>Le PDF est signé électroniquement, mais sa signature ne peut pas être vérifiée ici (l&apos;outil pdfsig de Poppler manque).</translation>
    </message>
    <message>
        <source>The digital signature could not be checked.</source>
        <translation>La signature électronique n&apos;a pas pu être vérifiée.</translation>
    </message>
</context>
<context>
    <name>StatusGroup</name>
    <message>
        <source>Not submitted</source>
        <translation>Non soumis</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Expire bientôt</translation>
    </message>
</context>
<context>
    <name>Submission</name>
    <message>
        <source>Status &quot;%1&quot;: there is nothing to submit.</source>
        <translation>Statut « %1 » : il n&apos;y a rien à soumettre.</translation>
    </message>
    <message numerus="yes">
        <source>Not ready: %n blocking problem(s). %1</source>
        <translation>
            <numerusform>Pas prêt : %n problème bloquant. %1</numerusform>
            <numerusform>Pas prêt : %n problèmes bloquants. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Corrected after the rejection</source>
        <translation>Corrigé après le rejet</translation>
    </message>
    <message>
        <source>The submission could not be saved: %1</source>
        <translation>La soumission n&apos;a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>%1 is queued for the operator: it is sent at the next sync.</source>
        <translation>%1 est en file d&apos;attente pour l&apos;opérateur : il partira à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Already waiting to be sent to the operator: it goes at the next sync.</source>
        <translation>Déjà en attente d&apos;envoi à l&apos;opérateur : il partira à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Already sent: the operator is reviewing it, and its decision comes back at a sync.</source>
        <translation>Déjà envoyé : l&apos;opérateur l&apos;examine, et sa décision reviendra lors d&apos;une synchronisation.</translation>
    </message>
    <message>
        <source>Already valid until %1: to present its numbers after that day, renew it instead.</source>
        <translation>Déjà valide jusqu&apos;au %1 : pour présenter ses numéros au-delà, renouvelez-le plutôt.</translation>
    </message>
    <message>
        <source>Already valid: to present its numbers longer, renew it instead.</source>
        <translation>Déjà valide : pour présenter ses numéros plus longtemps, renouvelez-le plutôt.</translation>
    </message>
    <message>
        <source>Its mandate ended on %1: renew it, which starts a new dossier to submit.</source>
        <translation>Son mandat a pris fin le %1 : renouvelez-le, ce qui crée un nouveau dossier à soumettre.</translation>
    </message>
    <message>
        <source>Its mandate has ended: renew it, which starts a new dossier to submit.</source>
        <translation>Son mandat a pris fin : renouvelez-le, ce qui crée un nouveau dossier à soumettre.</translation>
    </message>
    <message>
        <source>Changed here and by another seat at once: choose what to keep first, then submit.</source>
        <translation>Modifié ici et par un autre poste en même temps : choisissez d&apos;abord ce qu&apos;il faut garder, puis envoyez.</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>%1: submitted for verification</source>
        <translation>%1 : procédure lancée</translation>
    </message>
    <message>
        <source>%1: %2 (will retry)</source>
        <translation>%1 : %2 (nouvel essai plus tard)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Changes from the portal: %1</source>
        <translation>Nouvelles du portail : %1</translation>
    </message>
    <message>
        <source>Rejected by the operator.</source>
        <translation>Rejeté par l&apos;opérateur.</translation>
    </message>
    <message>
        <source>The outbox could not be updated.</source>
        <translation>La file d&apos;envoi n&apos;a pas pu être mise à jour.</translation>
    </message>
    <message>
        <source>Changes from the portal: at the next sync (the portal asked to wait).</source>
        <translation>Nouvelles du portail : à la prochaine synchronisation (le portail a demandé d&apos;attendre).</translation>
    </message>
    <message numerus="yes">
        <source>The portal asked to slow down: waited %n s in all.</source>
        <translation>
            <numerusform>Le portail a demandé de ralentir : %n s d&apos;attente en tout.</numerusform>
            <numerusform>Le portail a demandé de ralentir : %n s d&apos;attente en tout.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the portal asked to wait %n min; it goes at the next sync.</source>
        <translation>
            <numerusform>%1 : le portail a demandé d&apos;attendre %n min ; envoi à la prochaine synchronisation.</numerusform>
            <numerusform>%1 : le portail a demandé d&apos;attendre %n min ; envoi à la prochaine synchronisation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more dossier(s) left for the next sync.</source>
        <translation>
            <numerusform>%n autre dossier attend la prochaine synchronisation.</numerusform>
            <numerusform>%n autres dossiers attendent la prochaine synchronisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes from the portal: %1 (will retry)</source>
        <translation>Changements venant du portail : %1 (nouvel essai prévu)</translation>
    </message>
    <message>
        <source>%1: %2 was not kept: %3</source>
        <translation>%1 : %2 n&apos;a pas été conservé : %3</translation>
    </message>
    <message>
        <source>%1: received from the portal</source>
        <translation>%1 : reçu du portail</translation>
    </message>
    <message>
        <source>%1: the portal lists more numbers than a mandate holds.</source>
        <translation>%1 : le portail liste plus de numéros qu&apos;un mandat n&apos;en contient.</translation>
    </message>
    <message>
        <source>%1: the portal lists more documents than a dossier holds.</source>
        <translation>%1 : le portail liste plus de documents qu&apos;un dossier n&apos;en contient.</translation>
    </message>
    <message>
        <source>%1: the portal lists a document that cannot be asked for.</source>
        <translation>%1 : le portail liste un document qui ne peut pas être demandé.</translation>
    </message>
    <message>
        <source>%1: shared with the team</source>
        <translation>%1 : partagé avec l&apos;équipe</translation>
    </message>
    <message>
        <source>changed on the portal by %1 while this desktop changed it too: choose what to keep (nothing was overwritten)</source>
        <translation>modifié sur le portail par %1 alors que ce poste le modifiait aussi : choisissez ce qu&apos;il faut garder (rien n&apos;a été écrasé)</translation>
    </message>
    <message>
        <source>another seat</source>
        <translation>un autre poste</translation>
    </message>
    <message>
        <source>%1: the portal&apos;s version could not be taken: %2</source>
        <translation>%1 : la version du portail n&apos;a pas pu être reprise : %2</translation>
    </message>
    <message>
        <source>%1: changed by %2 on the portal</source>
        <translation>%1 : modifié par %2 sur le portail</translation>
    </message>
    <message>
        <source>%1: %2 removed on the portal</source>
        <translation>%1 : %2 retiré sur le portail</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n document(s) received from the portal</source>
        <translation>
            <numerusform>%1 : %n document reçu du portail</numerusform>
            <numerusform>%1 : %n documents reçus du portail</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: changed here meanwhile; the portal&apos;s version is looked at again at the next sync.</source>
        <translation>%1 : modifié ici entre-temps ; la version du portail est examinée de nouveau à la prochaine synchronisation.</translation>
    </message>
    <message numerus="yes">
        <source>Receiving %1 from the portal: %n document(s)…</source>
        <translation>
            <numerusform>Réception de %1 depuis le portail : %n document…</numerusform>
            <numerusform>Réception de %1 depuis le portail : %n documents…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not shared, the portal refused it: %2 (change the dossier to send it again)</source>
        <translation>%1 : non partagé, le portail l&apos;a refusé : %2 (modifiez le dossier pour l&apos;envoyer à nouveau)</translation>
    </message>
    <message>
        <source>a document could not be downloaded: %1</source>
        <translation>un document n&apos;a pas pu être téléchargé : %1</translation>
    </message>
    <message>
        <source>the portal sent a document whose content does not match its SHA-256; it is refused.</source>
        <translation>le portail a envoyé un document dont le contenu ne correspond pas à son SHA-256 ; il est refusé.</translation>
    </message>
    <message numerus="yes">
        <source>its documents are over %n MB in all; they are not taken.</source>
        <translation>
            <numerusform>ses documents dépassent %n Mo en tout ; ils ne sont pas repris.</numerusform>
            <numerusform>ses documents dépassent %n Mo en tout ; ils ne sont pas repris.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateMappingDialog</name>
    <message>
        <source>Operator&apos;s mandate form</source>
        <translation>Formulaire de mandat de l&apos;opérateur</translation>
    </message>
    <message>
        <source>An operator&apos;s blank mandate, as a PDF: MandatDesk proposes which dossier value goes in each of its form fields; on a PDF without fields, you say where each value is written. Correct what is wrong and save: it is remembered for this PDF and used each time a mandate is filled on it.</source>
        <translation>Le mandat vierge d&apos;un opérateur, en PDF : MandatDesk propose la valeur du dossier qui va dans chacun de ses champs de formulaire ; sur un PDF sans champs, vous indiquez où chaque valeur est écrite. Corrigez ce qui est faux et enregistrez : ce réglage est retenu pour ce PDF et utilisé chaque fois qu&apos;un mandat est rempli dessus.</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Formulaire :</translation>
    </message>
    <message>
        <source>Operator&apos;s PDF form</source>
        <translation>Formulaire PDF de l&apos;opérateur</translation>
    </message>
    <message>
        <source>The operator&apos;s PDF form: type its path or browse</source>
        <translation>Formulaire PDF de l&apos;opérateur : saisissez son chemin ou cliquez sur Parcourir</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Browse for the operator&apos;s PDF form</source>
        <translation>Choisir le formulaire PDF de l&apos;opérateur</translation>
    </message>
    <message>
        <source>The &amp;portal&apos;s template</source>
        <translation>&amp;Modèle du portail</translation>
    </message>
    <message>
        <source>Use the template kept from the operator&apos;s portal</source>
        <translation>Utiliser le modèle conservé depuis le portail de l&apos;opérateur</translation>
    </message>
    <message>
        <source>Form state</source>
        <translation>État du formulaire</translation>
    </message>
    <message>
        <source>Fields of the form and the value each takes</source>
        <translation>Champs du formulaire et valeur de chacun</translation>
    </message>
    <message>
        <source>Where each value is written</source>
        <translation>Où chaque valeur est écrite</translation>
    </message>
    <message>
        <source>&amp;Add a value</source>
        <translation>&amp;Ajouter une valeur</translation>
    </message>
    <message>
        <source>Add a value to place</source>
        <translation>Ajouter une valeur à placer</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the selected placement</source>
        <translation>Retirer le placement sélectionné</translation>
    </message>
</context>
<context>
    <name>TemplateSetup</name>
    <message>
        <source>The template has no field named %1.</source>
        <translation>Le modèle n&apos;a pas de champ nommé %1.</translation>
    </message>
    <message>
        <source>Unknown value &quot;%1&quot;; the values are: %2</source>
        <translation>Valeur inconnue « %1 » ; les valeurs sont : %2</translation>
    </message>
    <message>
        <source>%1: a placement is a page from 1, a position in points from the top left of the page, and a size from 1 to 99 points.</source>
        <translation>%1 : un placement comprend une page (à partir de 1), une position en points depuis le coin supérieur gauche de la page, et une taille de 1 à 99 points.</translation>
    </message>
    <message>
        <source>%1 is placed twice: keep one place per value.</source>
        <translation>%1 est placé deux fois : gardez un seul emplacement par valeur.</translation>
    </message>
</context>
<context>
    <name>TemplateValues</name>
    <message>
        <source>company name</source>
        <translation>raison sociale</translation>
    </message>
    <message>
        <source>legal form</source>
        <translation>forme juridique</translation>
    </message>
    <message>
        <source>share capital</source>
        <translation>capital social</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>RCS city</source>
        <translation>ville du RCS</translation>
    </message>
    <message>
        <source>representative</source>
        <translation>représentant</translation>
    </message>
    <message>
        <source>representative&apos;s title</source>
        <translation>qualité du représentant</translation>
    </message>
    <message>
        <source>Dossier name</source>
        <translation>Nom du dossier</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numéros</translation>
    </message>
    <message>
        <source>Numbers that do not fit (annex)</source>
        <translation>Numéros qui ne tiennent pas (annexe)</translation>
    </message>
    <message>
        <source>Calls by agents (check box)</source>
        <translation>Appels par des téléconseillers (case à cocher)</translation>
    </message>
    <message>
        <source>Automated calls (check box)</source>
        <translation>Appels automatisés (case à cocher)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Place of signature (&quot;Fait à&quot;)</source>
        <translation>Lieu de signature (« Fait à »)</translation>
    </message>
    <message>
        <source>Date of signature</source>
        <translation>Date de signature</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Client : %1</translation>
    </message>
    <message>
        <source>Your company: %1</source>
        <translation>Votre société : %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Use the profile in DIR.</source>
        <translation>Utiliser le profil situé dans DIR.</translation>
    </message>
    <message>
        <source>Interface language: fr or en.</source>
        <translation>Langue de l&apos;interface : fr ou en.</translation>
    </message>
    <message>
        <source>Quit after MS milliseconds (smoke tests).</source>
        <translation>Quitter après MS millisecondes (tests de démarrage).</translation>
    </message>
    <message>
        <source>MandatDesk</source>
        <translation>MandatDesk</translation>
    </message>
    <message>
        <source>The profile cannot be opened.

%1</source>
        <translation>Le profil ne peut pas être ouvert.

%1</translation>
    </message>
    <message>
        <source>Fill a new profile with demo dossiers in every status.</source>
        <translation>Remplir un nouveau profil avec des dossiers de démonstration dans tous les statuts.</translation>
    </message>
    <message>
        <source>How many demo dossiers (default 24).</source>
        <translation>Nombre de dossiers de démonstration (24 par défaut).</translation>
    </message>
    <message>
        <source>Window size, WIDTHxHEIGHT.</source>
        <translation>Taille de la fenêtre, LARGEURxHAUTEUR.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE, then quit.</source>
        <translation>Enregistrer une image de la fenêtre dans FICHIER, puis quitter.</translation>
    </message>
    <message>
        <source>Creating demo dossiers…</source>
        <translation>Création des dossiers de démonstration…</translation>
    </message>
    <message>
        <source>The demo dossiers could not be created.

%1</source>
        <translation>Les dossiers de démonstration n&apos;ont pas pu être créés.

%1</translation>
    </message>
    <message>
        <source>Open the dossier ID (or a unique prefix of it).</source>
        <translation>Ouvrir le dossier ID (ou un début unique de son identifiant).</translation>
    </message>
    <message>
        <source>With --open: show the editor&apos;s tab N (1-3).</source>
        <translation>Avec --open : afficher l&apos;onglet N de l&apos;éditeur (1 à 3).</translation>
    </message>
    <message>
        <source>Open the CSV import with FILE.</source>
        <translation>Ouvrir l&apos;import CSV avec FICHIER.</translation>
    </message>
    <message>
        <source>Import the dossier archive FILE.</source>
        <translation>Importer l&apos;archive de dossiers FICHIER.</translation>
    </message>
    <message>
        <source>Try this build: open a dossier (--open, or the first), generate its mandate, preview and print it into DIR, then quit.</source>
        <translation>Essayer cette version : ouvrir un dossier (--open, ou le premier), générer son mandat, l&apos;afficher et l&apos;imprimer dans DOSSIER, puis quitter.</translation>
    </message>
    <message>
        <source>Open a window over the others: settings, or preview (the documents of the dossier given with --open).</source>
        <translation>Ouvrir une fenêtre devant les autres : settings (les paramètres) ou preview (l&apos;aperçu des documents du dossier donné par --open).</translation>
    </message>
    <message>
        <source>Quit once the whole list of dossiers is read (benchmarks).</source>
        <translation>Quitter une fois toute la liste des dossiers lue (mesures de performance).</translation>
    </message>
</context>
</TS>
