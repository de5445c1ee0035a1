<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>AboutPage</name>
    <message>
        <source>About Guardian</source>
        <translation>À propos de Guardian</translation>
    </message>
    <message>
        <source>Guardian version {version}</source>
        <translation>Guardian, version {version}</translation>
    </message>
    <message>
        <source>Next: Get help now, with the lines for your region</source>
        <translation>Étape suivante&#xa0;: Obtenir de l&apos;aide maintenant, avec les lignes de votre région</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Region: {region}</source>
        <translation>Région&#xa0;: {region}</translation>
    </message>
    <message>
        <source>Checked on {date}</source>
        <translation>Vérifié le {date}</translation>
    </message>
</context>
<context>
    <name>AgeFilter</name>
    <message>
        <source>Child&apos;s &amp;age:</source>
        <translation>&amp;Âge de l&apos;enfant&#xa0;:</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Tous les âges</translation>
    </message>
    <message>
        <source>Show the signs for my child&apos;s age</source>
        <translation>Afficher les signes pour l&apos;âge de mon enfant</translation>
    </message>
    <message>
        <source>Not saved: Guardian forgets the age when it closes.</source>
        <translation>Non enregistré&#xa0;: Guardian oublie l&apos;âge à la fermeture.</translation>
    </message>
</context>
<context>
    <name>AgreedActions</name>
    <message>
        <source>{who}: {what}</source>
        <translation>{who}&#xa0;: {what}</translation>
    </message>
    <message>
        <source>{action} (by {when})</source>
        <translation>{action} (d&apos;ici {when})</translation>
    </message>
    <message>
        <source>We meet again: {when}</source>
        <translation>Prochaine rencontre&#xa0;: {when}</translation>
    </message>
    <message>
        <source>&amp;Add an agreed action</source>
        <translation>&amp;Ajouter une action convenue</translation>
    </message>
    <message>
        <source>Add an agreed action</source>
        <translation>Ajouter une action convenue</translation>
    </message>
    <message>
        <source>Next &amp;meeting:</source>
        <translation>Prochaine &amp;rencontre&#xa0;:</translation>
    </message>
    <message>
        <source>For example: Tuesday 14 May, 4 pm</source>
        <translation>Par exemple&#xa0;: mardi 14 mai, 16 h</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Prochaine rencontre</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Does what</source>
        <translation>Fait quoi</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>D&apos;ici quand</translation>
    </message>
    <message>
        <source>Who, action {number}</source>
        <translation>Qui, action {number}</translation>
    </message>
    <message>
        <source>Does what, action {number}</source>
        <translation>Fait quoi, action {number}</translation>
    </message>
    <message>
        <source>By when, action {number}</source>
        <translation>D&apos;ici quand, action {number}</translation>
    </message>
</context>
<context>
    <name>CallButtons</name>
    <message>
        <source>Call {name}</source>
        <translation>Appeler {name}</translation>
    </message>
    <message>
        <source>Call {name}: {number}</source>
        <translation>Appeler {name}&#xa0;: {number}</translation>
    </message>
    <message>
        <source>Call {name} at {number}</source>
        <translation>Appeler {name} au {number}</translation>
    </message>
    <message>
        <source>This computer has no calling app. Dial {number} on your phone.</source>
        <translation>Cet ordinateur n&apos;a pas d&apos;application d&apos;appel. Composez le {number} sur votre téléphone.</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>{level}: {title}</source>
        <translation>{level}&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Warning sign</source>
        <translation>Signe d&apos;alerte</translation>
    </message>
    <message>
        <source>How serious</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>{ticked} of {total} ticked</source>
        <translation>{ticked} sur {total} cochés</translation>
    </message>
    <message>
        <source>Ticked.</source>
        <translation>Coché.</translation>
    </message>
    <message>
        <source>Not ticked.</source>
        <translation>Non coché.</translation>
    </message>
    <message>
        <source>How serious: {level}. {ticked}</source>
        <translation>Gravité&#xa0;: {level}. {ticked}</translation>
    </message>
</context>
<context>
    <name>ContentBanner</name>
    <message>
        <source>Some content could not be loaded</source>
        <translation>Une partie du contenu n&apos;a pas pu être chargée</translation>
    </message>
    <message>
        <source>Some content could not be loaded. Guardian shows everything else as usual.</source>
        <translation>Une partie du contenu n&apos;a pas pu être chargée. Guardian affiche tout le reste comme d&apos;habitude.</translation>
    </message>
    <message>
        <source>…and {count} more. Run “guardian-app validate” to see them all.</source>
        <translation>…et {count} de plus. Lancez «&#xa0;guardian-app validate&#xa0;» pour tous les voir.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss the content notice</source>
        <translation>Fermer l&apos;avis sur le contenu</translation>
    </message>
</context>
<context>
    <name>DisclosurePanel</name>
    <message>
        <source>Get help now</source>
        <translation>Obtenir de l&apos;aide maintenant</translation>
    </message>
    <message>
        <source>Someone is threatening my child</source>
        <translation>Quelqu&apos;un menace mon enfant</translation>
    </message>
    <message>
        <source>Open the guide: someone is threatening my child</source>
        <translation>Ouvrir le guide&#xa0;: quelqu&apos;un menace mon enfant</translation>
    </message>
</context>
<context>
    <name>FamilyHandout</name>
    <message>
        <source>Our family safety plan</source>
        <translation>Notre plan de sécurité familial</translation>
    </message>
    <message>
        <source>The {name} family</source>
        <translation>La famille {name}</translation>
    </message>
    <message>
        <source>At home:</source>
        <translation>À la maison&#xa0;:</translation>
    </message>
    <message>
        <source>Outside our home:</source>
        <translation>À l&apos;extérieur de la maison&#xa0;:</translation>
    </message>
    <message>
        <source>(to fill in together)</source>
        <translation>(à remplir ensemble)</translation>
    </message>
    <message>
        <source>We made this plan together. Signed:</source>
        <translation>Nous avons fait ce plan ensemble. Signatures&#xa0;:</translation>
    </message>
    <message>
        <source>For you</source>
        <translation>Pour toi</translation>
    </message>
    <message>
        <source>Adults you can go to</source>
        <translation>Les adultes à qui tu peux parler</translation>
    </message>
    <message>
        <source>Our code word: {word}</source>
        <translation>Notre mot de code&#xa0;: {word}</translation>
    </message>
    <message>
        <source>If someone is in danger right now, call {number}.</source>
        <translation>Si quelqu&apos;un est en danger maintenant, appelez le {number}.</translation>
    </message>
    <message>
        <source>If you are in danger right now, call {number}.</source>
        <translation>Si tu es en danger maintenant, appelle le {number}.</translation>
    </message>
    <message>
        <source>Call {number}</source>
        <translation>Appeler le {number}</translation>
    </message>
    <message>
        <source>Text {keyword} to {number}</source>
        <translation>Textez {keyword} au {number}</translation>
    </message>
    <message>
        <source>Text {number}</source>
        <translation>Textez au {number}</translation>
    </message>
</context>
<context>
    <name>FamilyLinks</name>
    <message>
        <source>Make a family safety plan together</source>
        <translation>Faire ensemble un plan de sécurité familial</translation>
    </message>
    <message>
        <source>Read the page for your child, and print it</source>
        <translation>Lire la page pour votre enfant, et l&apos;imprimer</translation>
    </message>
</context>
<context>
    <name>FamilyPlanPage</name>
    <message>
        <source>Save the family plan as a PDF</source>
        <translation>Enregistrer le plan familial en PDF</translation>
    </message>
    <message>
        <source>Our family safety plan</source>
        <translation>Notre plan de sécurité familial</translation>
    </message>
    <message>
        <source>Save the page for your child as a PDF</source>
        <translation>Enregistrer la page pour votre enfant en PDF</translation>
    </message>
    <message>
        <source>For you</source>
        <translation>Pour toi</translation>
    </message>
    <message>
        <source>The plan was not saved. {reason}</source>
        <translation>Le plan n&apos;a pas été enregistré. {reason}</translation>
    </message>
    <message>
        <source>Saved: {file}</source>
        <translation>Enregistré&#xa0;: {file}</translation>
    </message>
    <message>
        <source>Guardian keeps this plan only while it is open. To keep it, save it as a PDF, or save the session (Session menu).</source>
        <translation>Guardian garde ce plan seulement tant qu&apos;il est ouvert. Pour le garder, enregistrez-le en PDF, ou enregistrez la séance (menu Séance).</translation>
    </message>
    <message>
        <source>Family name (optional)</source>
        <translation>Nom de famille (facultatif)</translation>
    </message>
    <message>
        <source>Your child&apos;s age</source>
        <translation>L&apos;âge de votre enfant</translation>
    </message>
    <message>
        <source>Trusted adults at home (names, separated by commas)</source>
        <translation>Adultes de confiance à la maison (des noms, séparés par des virgules)</translation>
    </message>
    <message>
        <source>Trusted adults outside our home</source>
        <translation>Adultes de confiance à l&apos;extérieur de la maison</translation>
    </message>
    <message>
        <source>Our code word</source>
        <translation>Notre mot de code</translation>
    </message>
    <message>
        <source>Put our promise in the plan</source>
        <translation>Mettre notre promesse dans le plan</translation>
    </message>
    <message>
        <source>Put our promise in the plan: {promise}</source>
        <translation>Mettre notre promesse dans le plan&#xa0;: {promise}</translation>
    </message>
    <message>
        <source>Our house rules for devices</source>
        <translation>Nos règles de la maison pour les appareils</translation>
    </message>
    <message>
        <source>Untick a rule to leave it out; press F2 to change its words.</source>
        <translation>Décochez une règle pour la retirer&#xa0;; appuyez sur F2 pour changer ses mots.</translation>
    </message>
    <message>
        <source>House rules</source>
        <translation>Règles de la maison</translation>
    </message>
    <message>
        <source>Write a rule of your own</source>
        <translation>Écrivez votre propre règle</translation>
    </message>
    <message>
        <source>A rule of your own</source>
        <translation>Votre propre règle</translation>
    </message>
    <message>
        <source>Add this rule</source>
        <translation>Ajouter cette règle</translation>
    </message>
    <message>
        <source>Start again from the suggestions</source>
        <translation>Recommencer à partir des suggestions</translation>
    </message>
    <message>
        <source>Save or print</source>
        <translation>Enregistrer ou imprimer</translation>
    </message>
    <message>
        <source>Save the family plan as PDF</source>
        <translation>Enregistrer le plan familial en PDF</translation>
    </message>
    <message>
        <source>Save the page for your child as PDF</source>
        <translation>Enregistrer la page pour votre enfant en PDF</translation>
    </message>
    <message>
        <source>Print the family plan</source>
        <translation>Imprimer le plan familial</translation>
    </message>
    <message>
        <source>Print the page for your child</source>
        <translation>Imprimer la page pour votre enfant</translation>
    </message>
    <message>
        <source>Read the page for your child</source>
        <translation>Lire la page pour votre enfant</translation>
    </message>
    <message>
        <source>Where to get help</source>
        <translation>Où trouver de l&apos;aide</translation>
    </message>
</context>
<context>
    <name>ForChildPage</name>
    <message>
        <source>For your child</source>
        <translation>Pour votre enfant</translation>
    </message>
    <message>
        <source>This page is written to your child. Read it together, or print it and give it to them. It shows the help lines for your region.</source>
        <translation>Cette page s&apos;adresse à votre enfant. Lisez-la ensemble, ou imprimez-la et donnez-la-lui. Elle montre les lignes d&apos;aide de votre région.</translation>
    </message>
    <message>
        <source>Print this page</source>
        <translation>Imprimer cette page</translation>
    </message>
    <message>
        <source>Save this page as PDF</source>
        <translation>Enregistrer cette page en PDF</translation>
    </message>
    <message>
        <source>Make a family safety plan, with your child&apos;s trusted adults</source>
        <translation>Faire un plan de sécurité familial, avec les adultes de confiance de votre enfant</translation>
    </message>
    <message>
        <source>For you</source>
        <translation>Pour toi</translation>
    </message>
    <message>
        <source>Save the page for your child as a PDF</source>
        <translation>Enregistrer la page pour votre enfant en PDF</translation>
    </message>
    <message>
        <source>The page was not saved. {reason}</source>
        <translation>La page n&apos;a pas été enregistrée. {reason}</translation>
    </message>
    <message>
        <source>Saved: {file}</source>
        <translation>Enregistré&#xa0;: {file}</translation>
    </message>
</context>
<context>
    <name>GlossaryPopup</name>
    <message>
        <source>Definition of {term}</source>
        <translation>Définition de «&#xa0;{term}&#xa0;»</translation>
    </message>
    <message>
        <source>Source: {url}</source>
        <translation>Source&#xa0;: {url}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the definition</source>
        <translation>Fermer la définition</translation>
    </message>
</context>
<context>
    <name>Guardian</name>
    <message>
        <source>Some menus and buttons could not be translated, so they are shown in English.</source>
        <translation>Certains menus et boutons n&apos;ont pas pu être traduits&#xa0;: ils sont affichés en anglais.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>Sorry, something went wrong inside Guardian. You can keep using it, or close it and open it again. If a child is in danger right now, call your local emergency number.</source>
        <translation>Désolé, un problème est survenu dans Guardian. Vous pouvez continuer à l&apos;utiliser, ou le fermer et l&apos;ouvrir de nouveau. Si un enfant est en danger en ce moment, appelez le numéro d&apos;urgence de votre région.</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>This guide is not available. The services on Get help now can still help you.</source>
        <translation>Ce guide n&apos;est pas disponible. Les services de la page Obtenir de l&apos;aide maintenant peuvent quand même vous aider.</translation>
    </message>
    <message>
        <source>Get help now: all services</source>
        <translation>Obtenir de l&apos;aide maintenant&#xa0;: tous les services</translation>
    </message>
    <message>
        <source>Open Get help now, with every service</source>
        <translation>Ouvrir Obtenir de l&apos;aide maintenant, avec tous les services</translation>
    </message>
    <message>
        <source>Services shown for {region}. Ticks are not saved.</source>
        <translation>Services affichés pour&#xa0;: {region}. Les cases cochées ne sont pas enregistrées.</translation>
    </message>
    <message>
        <source>Change country</source>
        <translation>Changer de pays</translation>
    </message>
    <message>
        <source>Change the country on Get help now</source>
        <translation>Changer de pays sur la page Obtenir de l&apos;aide maintenant</translation>
    </message>
</context>
<context>
    <name>GuideStepWidget</name>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <source>Step {number}: {title}</source>
        <translation>Étape {number}&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Important. {step}</source>
        <translation>Important. {step}</translation>
    </message>
    <message>
        <source>Tick when this step is done. Ticks are not saved.</source>
        <translation>Cochez quand cette étape est faite. Les cases cochées ne sont pas enregistrées.</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Important</translation>
    </message>
    <message>
        <source>Other lines on Get help now</source>
        <translation>Autres lignes dans Obtenir de l&apos;aide maintenant</translation>
    </message>
    <message>
        <source>See the other lines on Get help now</source>
        <translation>Voir les autres lignes dans Obtenir de l&apos;aide maintenant</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Get help now</source>
        <translation>Obtenir de l&apos;aide maintenant</translation>
    </message>
    <message>
        <source>&amp;Where you live:</source>
        <translation>&amp;Où vous habitez&#xa0;:</translation>
    </message>
    <message>
        <source>Where you live</source>
        <translation>Où vous habitez</translation>
    </message>
    <message>
        <source>Show the services for this country</source>
        <translation>Afficher les services de ce pays</translation>
    </message>
    <message>
        <source>No help services are available for this region yet.</source>
        <translation>Aucun service d&apos;aide n&apos;est encore disponible pour cette région.</translation>
    </message>
    <message>
        <source>You do not have to face this alone. Every service below is there to help families like yours, and you can contact more than one.</source>
        <translation>Vous n&apos;avez pas à vivre cela seul. Chaque service ci-dessous est là pour aider les familles comme la vôtre, et vous pouvez en joindre plus d&apos;un.</translation>
    </message>
    <message>
        <source>More places to get help</source>
        <translation>Autres endroits où trouver de l&apos;aide</translation>
    </message>
    <message>
        <source>Next: write down what happened, in Record of events</source>
        <translation>Étape suivante&#xa0;: noter ce qui s&apos;est passé, dans le journal des événements</translation>
    </message>
    <message>
        <source>If a child is in danger right now, call {number}.</source>
        <translation>Si un enfant est en danger en ce moment, appelez le {number}.</translation>
    </message>
    <message>
        <source>Call {number}</source>
        <translation>Appeler le {number}</translation>
    </message>
    <message>
        <source>Call the emergency number, {number}</source>
        <translation>Appeler le numéro d&apos;urgence, le {number}</translation>
    </message>
    <message>
        <source>QR code to call {name} at {number}</source>
        <translation>Code QR pour appeler {name} au {number}</translation>
    </message>
    <message>
        <source>Scan with your phone to call</source>
        <translation>Numérisez avec votre téléphone pour appeler</translation>
    </message>
    <message>
        <source>Guardian does not list a line of this kind for {region} yet.</source>
        <translation>Guardian n&apos;indique pas encore de ligne de ce type pour cette région ({region}).</translation>
    </message>
    <message>
        <source>The only line listed here is for people in Quebec. Guardian does not list one for the rest of {region} yet.</source>
        <translation>La seule ligne indiquée ici est réservée aux personnes qui vivent au Québec. Guardian n&apos;en indique pas encore pour le reste du pays ({region}).</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Check warning signs</source>
        <translation>Vérifier les signes d&apos;alerte</translation>
    </message>
    <message>
        <source>Go through what you have noticed, one sign at a time.</source>
        <translation>Passez en revue ce que vous avez remarqué, un signe à la fois.</translation>
    </message>
    <message>
        <source>Start a conversation</source>
        <translation>Commencer une conversation</translation>
    </message>
    <message>
        <source>Gentle ways to begin a talk with your child, for every age.</source>
        <translation>Des façons douces d&apos;amorcer une discussion avec votre enfant, pour tous les âges.</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Obtenir de l&apos;aide maintenant</translation>
    </message>
    <message>
        <source>People you can call, text or write to, day and night.</source>
        <translation>Des personnes à qui téléphoner, texter ou écrire, de jour comme de nuit.</translation>
    </message>
    <message>
        <source>Someone is threatening my child: what to do, step by step</source>
        <translation>Quelqu&apos;un menace mon enfant&#xa0;: quoi faire, étape par étape</translation>
    </message>
    <message>
        <source>Learn how online luring works</source>
        <translation>Comprendre comment fonctionne le leurre en ligne</translation>
    </message>
    <message>
        <source>Practise a hard conversation before you have it</source>
        <translation>Pratiquer une conversation difficile avant de l&apos;avoir</translation>
    </message>
    <message>
        <source>Make a family safety plan together</source>
        <translation>Faire ensemble un plan de sécurité familial</translation>
    </message>
    <message>
        <source>Read the page for your child, and print it</source>
        <translation>Lire la page pour votre enfant, et l&apos;imprimer</translation>
    </message>
    <message>
        <source>If a child is in danger right now, call your local emergency number.</source>
        <translation>Si un enfant est en danger en ce moment, appelez le numéro d&apos;urgence de votre région.</translation>
    </message>
    <message>
        <source>If a child is in danger right now, call {number}.</source>
        <translation>Si un enfant est en danger en ce moment, appelez le {number}.</translation>
    </message>
</context>
<context>
    <name>Levels</name>
    <message>
        <source>Watch</source>
        <translation>Vigilance</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Préoccupant</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
</context>
<context>
    <name>LuringPage</name>
    <message>
        <source>Not every story follows every step. Stages can overlap, repeat or be skipped. Choose a stage to read about it.</source>
        <translation>Chaque histoire ne suit pas toutes les étapes. Les étapes peuvent se chevaucher, se répéter ou être sautées. Choisissez une étape pour en savoir plus.</translation>
    </message>
    <message>
        <source>The stages of online luring, in order</source>
        <translation>Les étapes du leurre en ligne, dans l&apos;ordre</translation>
    </message>
    <message>
        <source>A filled circle with a number shows how many of the signs you ticked point to that stage.</source>
        <translation>Un cercle plein avec un chiffre indique combien des signes que vous avez cochés mènent à cette étape.</translation>
    </message>
    <message>
        <source>What the person doing harm does</source>
        <translation>Ce que fait la personne qui cause du tort</translation>
    </message>
    <message>
        <source>What you may notice</source>
        <translation>Ce que vous pourriez remarquer</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>Ce que vous pouvez faire</translation>
    </message>
    <message>
        <source>Warning signs that belong to this stage</source>
        <translation>Les signes d&apos;alerte liés à cette étape</translation>
    </message>
    <message>
        <source>Select a sign to see it on the warning-signs checklist.</source>
        <translation>Choisissez un signe pour le voir dans la liste des signes d&apos;alerte.</translation>
    </message>
    <message>
        <source>Previous stage</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <source>Next stage</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Next: look through the warning signs and tick what you noticed</source>
        <translation>Étape suivante&#xa0;: parcourir les signes d&apos;alerte et cocher ce que vous avez remarqué</translation>
    </message>
    <message>
        <source>How luring works</source>
        <translation>Comment fonctionne le leurre en ligne</translation>
    </message>
    <message>
        <source>Stage {number} of {total}</source>
        <translation>Étape {number} sur {total}</translation>
    </message>
    <message>
        <source>Stage {number}: {title}</source>
        <translation>Étape {number}&#xa0;: {title}</translation>
    </message>
    <message>
        <source>{label} ({level}, you ticked this)</source>
        <translation>{label} ({level}, vous l&apos;avez coché)</translation>
    </message>
    <message>
        <source>{label} ({level})</source>
        <translation>{label} ({level})</translation>
    </message>
    <message>
        <source>Opens this sign on the warning-signs checklist.</source>
        <translation>Ouvre ce signe dans la liste des signes d&apos;alerte.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sorry, this page could not be opened.</source>
        <translation>Désolé, cette page n&apos;a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>If a child is in danger right now, call {number}.</source>
        <translation>Si un enfant est en danger en ce moment, appelez le {number}.</translation>
    </message>
    <message>
        <source>{name}: {phone}</source>
        <translation>{name}&#xa0;: {phone}</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Obtenir de l&apos;aide maintenant</translation>
    </message>
    <message>
        <source>Call your local emergency number if a child is in danger right now.</source>
        <translation>Appelez le numéro d&apos;urgence de votre région si un enfant est en danger en ce moment.</translation>
    </message>
    <message>
        <source>Text size: {percent}%</source>
        <translation>Taille du texte&#xa0;: {percent}&#xa0;%</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texte plus pet&amp;it</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Taille de texte &amp;normale</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;System (light or dark)</source>
        <translation>&amp;Système (clair ou foncé)</translation>
    </message>
    <message>
        <source>L&amp;ight</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Foncé</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>Contraste é&amp;levé</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>Phone, text and chat lines for your region (Ctrl+Shift+H)</source>
        <translation>Lignes téléphoniques, texto et clavardage pour votre région (Ctrl+Maj+H)</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Sortie rapide</translation>
    </message>
    <message>
        <source>Hides Guardian at once and forgets what you did not save. You can also press Shift three times.</source>
        <translation>Cache Guardian tout de suite et oublie ce que vous n&apos;avez pas enregistré. Vous pouvez aussi appuyer trois fois sur Maj.</translation>
    </message>
    <message>
        <source>Hide Guardian at once (or press Shift three times)</source>
        <translation>Cacher Guardian tout de suite (ou appuyer trois fois sur Maj)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search Guardian</source>
        <translation>Rechercher dans Guardian</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Choose a page to show</source>
        <translation>Choisissez une page à afficher</translation>
    </message>
    <message>
        <source>&amp;Get help now</source>
        <translation>&amp;Obtenir de l&apos;aide maintenant</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Re&amp;chercher…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About and sources</source>
        <translation>À &amp;propos et sources</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Accueil</translation>
    </message>
    <message>
        <source>&amp;Presentation mode (large text)</source>
        <translation>Mode &amp;présentation (grand texte)</translation>
    </message>
    <message>
        <source>Quick e&amp;xit</source>
        <translation>&amp;Sortie rapide</translation>
    </message>
    <message>
        <source>Quick exit goes to Home and &amp;minimises instead of closing</source>
        <translation>La sortie rapide affiche l&apos;accueil et ré&amp;duit la fenêtre au lieu de fermer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller à</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Région</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Séance</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;Nouvelle séance</translation>
    </message>
    <message>
        <source>&amp;Open a saved session…</source>
        <translation>&amp;Ouvrir une séance enregistrée…</translation>
    </message>
    <message>
        <source>&amp;Save this session…</source>
        <translation>&amp;Enregistrer cette séance…</translation>
    </message>
    <message>
        <source>&amp;End session</source>
        <translation>&amp;Terminer la séance</translation>
    </message>
    <message>
        <source>&amp;Lock saved answers…</source>
        <translation>&amp;Verrouiller les réponses enregistrées…</translation>
    </message>
    <message>
        <source>&amp;Change the passphrase…</source>
        <translation>C&amp;hanger la phrase de passe…</translation>
    </message>
    <message>
        <source>Re&amp;move the passphrase…</source>
        <translation>&amp;Retirer la phrase de passe…</translation>
    </message>
    <message>
        <source>E&amp;rase all saved data…</source>
        <translation>Effa&amp;cer toutes les données enregistrées…</translation>
    </message>
    <message>
        <source>Quick exit: press Shift 2 more times.</source>
        <translation>Sortie rapide&#xa0;: appuyez encore 2 fois sur Maj.</translation>
    </message>
    <message>
        <source>Quick exit: press Shift 1 more time.</source>
        <translation>Sortie rapide&#xa0;: appuyez encore 1 fois sur Maj.</translation>
    </message>
    <message>
        <source>Sorry, this is not available right now.</source>
        <translation>Désolé, ce n&apos;est pas disponible pour le moment.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>How luring works</source>
        <translation>Comment fonctionne le leurre en ligne</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Signes d&apos;alerte</translation>
    </message>
    <message>
        <source>Talk with your child</source>
        <translation>Parler avec votre enfant</translation>
    </message>
    <message>
        <source>Practise a conversation</source>
        <translation>Pratiquer une conversation</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Obtenir de l&apos;aide maintenant</translation>
    </message>
    <message>
        <source>Someone is threatening my child</source>
        <translation>Quelqu&apos;un menace mon enfant</translation>
    </message>
    <message>
        <source>Our family safety plan</source>
        <translation>Notre plan de sécurité familial</translation>
    </message>
    <message>
        <source>For your child</source>
        <translation>Pour votre enfant</translation>
    </message>
    <message>
        <source>Counselor session</source>
        <translation>Séance d&apos;intervention</translation>
    </message>
    <message>
        <source>Record of events</source>
        <translation>Journal des événements</translation>
    </message>
    <message>
        <source>About &amp; sources</source>
        <translation>À propos et sources</translation>
    </message>
</context>
<context>
    <name>NextStepsPanel</name>
    <message>
        <source>What you can do next</source>
        <translation>Ce que vous pouvez faire ensuite</translation>
    </message>
    <message>
        <source>When you tick a sign, steps that fit what you noticed will appear here.</source>
        <translation>Quand vous cochez un signe, des étapes adaptées à ce que vous avez remarqué s&apos;affichent ici.</translation>
    </message>
</context>
<context>
    <name>PassphraseLock</name>
    <message>
        <source>Passphrase lock</source>
        <translation>Verrou par phrase de passe</translation>
    </message>
    <message>
        <source>Choose a passphrase to lock your saved answers. A few words are easy to remember and hard to guess. If you forget it, the saved answers cannot be opened.

New passphrase:</source>
        <translation>Choisissez une phrase de passe pour verrouiller vos réponses enregistrées. Quelques mots sont faciles à retenir et difficiles à deviner. Si vous l&apos;oubliez, les réponses enregistrées ne pourront pas être ouvertes.

Nouvelle phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Please use at least {count} characters. Nothing was changed.</source>
        <translation>Utilisez au moins {count} caractères. Rien n&apos;a été changé.</translation>
    </message>
    <message>
        <source>Type the same passphrase again:</source>
        <translation>Tapez de nouveau la même phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Nothing was changed.</source>
        <translation>Les deux phrases de passe ne sont pas identiques. Rien n&apos;a été changé.</translation>
    </message>
    <message>
        <source>Your saved answers are not locked. Use “Lock saved answers” to choose a passphrase.</source>
        <translation>Vos réponses enregistrées ne sont pas verrouillées. Utilisez «&#xa0;Verrouiller les réponses enregistrées&#xa0;» pour choisir une phrase de passe.</translation>
    </message>
    <message>
        <source>Locked. Guardian will ask for the passphrase before opening saved answers.</source>
        <translation>Verrouillé. Guardian demandera la phrase de passe avant d&apos;ouvrir les réponses enregistrées.</translation>
    </message>
    <message>
        <source>Your saved answers are locked.</source>
        <translation>Vos réponses enregistrées sont verrouillées.</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>La phrase de passe a été changée.</translation>
    </message>
    <message>
        <source>Remove the passphrase? Your saved answers will no longer be locked.</source>
        <translation>Enlever la phrase de passe&#xa0;? Vos réponses enregistrées ne seront plus verrouillées.</translation>
    </message>
    <message>
        <source>The lock was removed.</source>
        <translation>Le verrou a été enlevé.</translation>
    </message>
</context>
<context>
    <name>PhrasesPanel</name>
    <message>
        <source>Phrases to avoid, and what to say instead</source>
        <translation>Phrases à éviter, et quoi dire à la place</translation>
    </message>
    <message>
        <source>Instead of:</source>
        <translation>Au lieu de&#xa0;:</translation>
    </message>
    <message>
        <source>Try:</source>
        <translation>Essayez&#xa0;:</translation>
    </message>
    <message>
        <source>“{quote}”</source>
        <translation>«&#xa0;{quote}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>My conversation plan</source>
        <translation>Mon plan de conversation</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Export my conversation plan as a PDF</source>
        <translation>Exporter mon plan de conversation en PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Print my conversation plan</source>
        <translation>Imprimer mon plan de conversation</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove from my plan: {opener}</source>
        <translation>Retirer de mon plan&#xa0;: {opener}</translation>
    </message>
    <message>
        <source>Print these questions, or save them as a PDF to keep. Guardian does not keep this list after you close it.</source>
        <translation>Imprimez ces questions, ou enregistrez-les en PDF pour les garder. Guardian ne garde pas cette liste une fois fermé.</translation>
    </message>
    <message>
        <source>Your plan is empty. Choose “☆ Add to my plan” on any question to collect the ones you want to try.</source>
        <translation>Votre plan est vide. Choisissez «&#xa0;☆ Ajouter à mon plan&#xa0;» sur une question pour rassembler celles que vous voulez essayer.</translation>
    </message>
    <message>
        <source>Prepared on {date}</source>
        <translation>Préparé le {date}</translation>
    </message>
    <message>
        <source>Pick a calm moment. Ask one question, then listen more than you talk. It is fine to come back to it another day.</source>
        <translation>Choisissez un moment calme. Posez une question, puis écoutez plus que vous ne parlez. Vous pouvez y revenir un autre jour.</translation>
    </message>
    <message>
        <source>Ways to start talking</source>
        <translation>Façons d&apos;amorcer la discussion</translation>
    </message>
    <message>
        <source>No conversation starters chosen yet. Add some from the Talk with your child page.</source>
        <translation>Aucune façon d&apos;amorcer la discussion n&apos;est choisie pour l&apos;instant. Ajoutez-en à la page Parler avec votre enfant.</translation>
    </message>
    <message>
        <source>If your child tells you something</source>
        <translation>Si votre enfant vous confie quelque chose</translation>
    </message>
    <message>
        <source>Help lines</source>
        <translation>Lignes d&apos;aide</translation>
    </message>
    <message>
        <source>Call {number}</source>
        <translation>Appeler le {number}</translation>
    </message>
    <message>
        <source>Text {keyword} to {number}</source>
        <translation>Textez {keyword} au {number}</translation>
    </message>
    <message>
        <source>Text {number}</source>
        <translation>Textez au {number}</translation>
    </message>
    <message>
        <source>In an emergency, or if your child is in danger now, call {number}.</source>
        <translation>En cas d&apos;urgence, ou si votre enfant est en danger en ce moment, appelez le {number}.</translation>
    </message>
    <message>
        <source>Try not to: {avoid}</source>
        <translation>À éviter&#xa0;: {avoid}</translation>
    </message>
    <message>
        <source>Save my conversation plan as a PDF</source>
        <translation>Enregistrer mon plan de conversation en PDF</translation>
    </message>
    <message>
        <source>The plan was not saved. {reason}</source>
        <translation>Le plan n&apos;a pas été enregistré. {reason}</translation>
    </message>
    <message>
        <source>Saved: {file}</source>
        <translation>Enregistré&#xa0;: {file}</translation>
    </message>
    <message>
        <source>Your plan was sent to the printer.</source>
        <translation>Votre plan a été envoyé à l&apos;imprimante.</translation>
    </message>
</context>
<context>
    <name>PractisePage</name>
    <message>
        <source>Practise a conversation</source>
        <translation>Pratiquer une conversation</translation>
    </message>
    <message>
        <source>Choose a conversation to practise. Guardian plays your child; you choose what to say and see why it may help or hurt. There is no score, and nothing is kept. Use Tab and Enter, or the keys 1 to 4.</source>
        <translation>Choisissez une conversation à pratiquer. Guardian joue le rôle de votre enfant&#xa0;; vous choisissez quoi dire et vous voyez pourquoi ça peut aider ou nuire. Il n&apos;y a pas de pointage, et rien n&apos;est gardé. Utilisez Tab et Entrée, ou les touches 1 à 4.</translation>
    </message>
    <message>
        <source>Choose a conversation</source>
        <translation>Choisissez une conversation</translation>
    </message>
    <message>
        <source>Conversations to practise</source>
        <translation>Conversations à pratiquer</translation>
    </message>
    <message>
        <source>Start this conversation</source>
        <translation>Commencer cette conversation</translation>
    </message>
    <message>
        <source>Words you may hear</source>
        <translation>Des mots que vous pourriez entendre</translation>
    </message>
    <message>
        <source>What “{term}” means</source>
        <translation>Ce que veut dire «&#xa0;{term}&#xa0;»</translation>
    </message>
    <message>
        <source>This helps</source>
        <translation>Ceci aide</translation>
    </message>
    <message>
        <source>This partly helps</source>
        <translation>Ceci aide en partie</translation>
    </message>
    <message>
        <source>This can hurt</source>
        <translation>Ceci peut nuire</translation>
    </message>
    <message>
        <source>Your child: {words}</source>
        <translation>Votre enfant&#xa0;: {words}</translation>
    </message>
    <message>
        <source>What do you say?</source>
        <translation>Que dites-vous&#xa0;?</translation>
    </message>
    <message>
        <source>Reply {number}: {text}</source>
        <translation>Réponse {number}&#xa0;: {text}</translation>
    </message>
    <message>
        <source>You said: {text}</source>
        <translation>Vous avez dit&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Instead, you could say: “{instead}”</source>
        <translation>Vous pourriez plutôt dire&#xa0;: «&#xa0;{instead}&#xa0;»</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Comment ça s&apos;est passé</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Ce qui s&apos;est bien passé</translation>
    </message>
    <message>
        <source>Replies that helped: {replies}</source>
        <translation>Les réponses qui ont aidé&#xa0;: {replies}</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <translation>«&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <source>One thing to try next time</source>
        <translation>Une chose à essayer la prochaine fois</translation>
    </message>
    <message>
        <source>Try this conversation again</source>
        <translation>Refaire cette conversation</translation>
    </message>
    <message>
        <source>Choose another conversation</source>
        <translation>Choisir une autre conversation</translation>
    </message>
    <message>
        <source>Conversation starters for this</source>
        <translation>Des questions pour en parler</translation>
    </message>
    <message>
        <source>Open the conversation starter: {opener}</source>
        <translation>Ouvrir la question&#xa0;: {opener}</translation>
    </message>
    <message>
        <source>Guide: {title}</source>
        <translation>Guide&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Help lines</source>
        <translation>Lignes d&apos;aide</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <source>Guardian: family view</source>
        <translation>Guardian&#xa0;: vue pour la famille</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Guardian · {date}</source>
        <translation>Guardian · {date}</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Page {page} sur {count}</translation>
    </message>
    <message>
        <source>The printer did not accept a new page.</source>
        <translation>L&apos;imprimante n&apos;a pas accepté une nouvelle page.</translation>
    </message>
    <message>
        <source>The PDF could not be prepared.</source>
        <translation>Le PDF n&apos;a pas pu être préparé.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Guardian cannot save in the folder {folder}. Please choose another folder. ({reason})</source>
        <translation>Guardian ne peut pas enregistrer dans le dossier {folder}. Veuillez choisir un autre dossier. ({reason})</translation>
    </message>
    <message>
        <source>Guardian could not save {file}. ({reason})</source>
        <translation>Guardian n&apos;a pas pu enregistrer {file}. ({reason})</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Exportation impossible</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Platform or app</source>
        <translation>Plateforme ou application</translation>
    </message>
    <message>
        <source>Your child&apos;s account name on the app</source>
        <translation>Le nom du compte de votre enfant dans l&apos;application</translation>
    </message>
    <message>
        <source>Their username</source>
        <translation>Son nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Other names or phone numbers they used</source>
        <translation>Autres noms ou numéros de téléphone utilisés par la personne</translation>
    </message>
    <message>
        <source>Link to their profile</source>
        <translation>Lien vers son profil</translation>
    </message>
    <message>
        <source>What they asked for or threatened</source>
        <translation>Ce que la personne a demandé ou menacé de faire</translation>
    </message>
    <message>
        <source>Money paid, if any</source>
        <translation>Argent payé, s&apos;il y a lieu</translation>
    </message>
    <message>
        <source>How it was paid</source>
        <translation>Comment il a été payé</translation>
    </message>
    <message>
        <source>When it was paid</source>
        <translation>Quand il a été payé</translation>
    </message>
    <message>
        <source>Payment or gift-card transaction numbers</source>
        <translation>Numéros de transaction du paiement ou de la carte-cadeau</translation>
    </message>
    <message>
        <source>What was screenshotted</source>
        <translation>Ce qui a été pris en capture d&apos;écran</translation>
    </message>
    <message>
        <source>Where the screenshots are kept</source>
        <translation>Où les captures d&apos;écran sont gardées</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>Signalé à</translation>
    </message>
    <message>
        <source>Report or file number</source>
        <translation>Numéro de signalement ou de dossier</translation>
    </message>
    <message>
        <source>Next: report what happened, on Get help now</source>
        <translation>Étape suivante&#xa0;: signaler ce qui s&apos;est passé, sur la page Obtenir de l&apos;aide maintenant</translation>
    </message>
    <message>
        <source>Record of events</source>
        <translation>Journal des événements</translation>
    </message>
    <message>
        <source>&amp;Label (optional):</source>
        <translation>&amp;Étiquette (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Record label</source>
        <translation>Étiquette du journal</translation>
    </message>
    <message>
        <source>For example: Game chat, March</source>
        <translation>Par exemple&#xa0;: clavardage du jeu, mars</translation>
    </message>
    <message>
        <source>&amp;Entries</source>
        <translation>E&amp;ntrées</translation>
    </message>
    <message>
        <source>Entries in this record</source>
        <translation>Entrées de ce journal</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}&#xa0;:</translation>
    </message>
    <message>
        <source>For example: 2026-03-14</source>
        <translation>Par exemple&#xa0;: 2026-03-14</translation>
    </message>
    <message>
        <source>For example: about 9 pm</source>
        <translation>Par exemple&#xa0;: vers 21&#xa0;h</translation>
    </message>
    <message>
        <source>For example: on my phone, in a folder called Report</source>
        <translation>Par exemple&#xa0;: sur mon téléphone, dans un dossier appelé Signalement</translation>
    </message>
    <message>
        <source>&amp;Add entry</source>
        <translation>&amp;Ajouter une entrée</translation>
    </message>
    <message>
        <source>Add an entry</source>
        <translation>Ajouter une entrée</translation>
    </message>
    <message>
        <source>&amp;Delete entry…</source>
        <translation>&amp;Supprimer l&apos;entrée…</translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation>Supprimer l&apos;entrée choisie</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>En&amp;registrer</translation>
    </message>
    <message>
        <source>Save this record on this computer</source>
        <translation>Enregistrer ce journal sur cet ordinateur</translation>
    </message>
    <message>
        <source>E&amp;xport as PDF…</source>
        <translation>E&amp;xporter en PDF…</translation>
    </message>
    <message>
        <source>Export the record as PDF</source>
        <translation>Exporter le journal en PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the record</source>
        <translation>Imprimer le journal</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>A&amp;perçu…</translation>
    </message>
    <message>
        <source>Preview the record</source>
        <translation>Aperçu du journal</translation>
    </message>
    <message>
        <source>Entry {number}</source>
        <translation>Entrée {number}</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Supprimer l&apos;entrée</translation>
    </message>
    <message>
        <source>Delete this entry? This cannot be undone.</source>
        <translation>Supprimer cette entrée&#xa0;? Cette action est définitive.</translation>
    </message>
    <message>
        <source>Printed: {date}</source>
        <translation>Imprimé le&#xa0;: {date}</translation>
    </message>
    <message>
        <source>Label: {label}</source>
        <translation>Étiquette&#xa0;: {label}</translation>
    </message>
    <message>
        <source>A private record of what happened, to help the police or a tipline. Screenshots are kept by the family, not in Guardian.</source>
        <translation>Un journal privé de ce qui s&apos;est passé, pour aider la police ou un service de signalement. Les captures d&apos;écran sont gardées par la famille, pas dans Guardian.</translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation>Aucune entrée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>The record could not be saved as a PDF. It is still open here.

{reason}</source>
        <translation>Le journal n&apos;a pas pu être enregistré en PDF. Il est toujours ouvert ici.

{reason}</translation>
    </message>
</context>
<context>
    <name>ResourceCard</name>
    <message>
        <source>This computer has no calling app. Dial the number on your phone.</source>
        <translation>Cet ordinateur n&apos;a pas d&apos;application d&apos;appel. Composez le numéro sur votre téléphone.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>This computer has no texting app. Send the text from your phone.</source>
        <translation>Cet ordinateur n&apos;a pas d&apos;application de texto. Envoyez le texto avec votre téléphone.</translation>
    </message>
    <message>
        <source>Could not open the chat page. Type the address into your browser.</source>
        <translation>La page de clavardage n&apos;a pas pu s&apos;ouvrir. Tapez l&apos;adresse dans votre navigateur.</translation>
    </message>
    <message>
        <source>Could not open the website. Type the address into your browser.</source>
        <translation>Le site Web n&apos;a pas pu s&apos;ouvrir. Tapez l&apos;adresse dans votre navigateur.</translation>
    </message>
    <message>
        <source>Quebec only</source>
        <translation>Québec seulement</translation>
    </message>
    <message>
        <source>Phone number of {name}</source>
        <translation>Numéro de téléphone de {name}</translation>
    </message>
    <message>
        <source>Hours: {hours}</source>
        <translation>Heures&#xa0;: {hours}</translation>
    </message>
    <message>
        <source>Languages: {languages}</source>
        <translation>Langues&#xa0;: {languages}</translation>
    </message>
    <message>
        <source>Text {keyword} to {number}</source>
        <translation>Textez {keyword} au {number}</translation>
    </message>
    <message>
        <source>Text {number}</source>
        <translation>Textez au {number}</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <source>Call {name}</source>
        <translation>Appeler {name}</translation>
    </message>
    <message>
        <source>Call {number}</source>
        <translation>Appeler le {number}</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Copier le numéro</translation>
    </message>
    <message>
        <source>Copy the number of {name}</source>
        <translation>Copier le numéro de {name}</translation>
    </message>
    <message>
        <source>Send a text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Send a text to {name}</source>
        <translation>Envoyer un texto à {name}</translation>
    </message>
    <message>
        <source>Chat online</source>
        <translation>Clavarder en ligne</translation>
    </message>
    <message>
        <source>Chat online with {name}</source>
        <translation>Clavarder en ligne avec {name}</translation>
    </message>
    <message>
        <source>Report online</source>
        <translation>Signaler en ligne</translation>
    </message>
    <message>
        <source>Report online to {name}</source>
        <translation>Signaler en ligne à {name}</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site Web</translation>
    </message>
    <message>
        <source>Open the website of {name}</source>
        <translation>Ouvrir le site Web de {name}</translation>
    </message>
    <message>
        <source>Checked on {date}. Source: {links}</source>
        <translation>Vérifié le {date}. Source&#xa0;: {links}</translation>
    </message>
    <message>
        <source>Sources for {name}</source>
        <translation>Sources pour {name}</translation>
    </message>
</context>
<context>
    <name>SavedItemsDialog</name>
    <message>
        <source>Open saved answers</source>
        <translation>Ouvrir les réponses enregistrées</translation>
    </message>
    <message>
        <source>Saved sessions and records of events on this computer:</source>
        <translation>Séances et journaux des événements enregistrés sur cet ordinateur&#xa0;:</translation>
    </message>
    <message>
        <source>Saved sessions and records</source>
        <translation>Séances et journaux enregistrés</translation>
    </message>
    <message>
        <source>Some saved items are damaged and cannot be read in full. Your other saved answers are fine. You can move a damaged item aside: it leaves this list but is kept, not deleted.</source>
        <translation>Certains éléments enregistrés sont endommagés et ne peuvent pas être lus en entier. Vos autres réponses enregistrées sont intactes. Vous pouvez mettre un élément endommagé de côté&#xa0;: il quitte cette liste, mais il est gardé, pas supprimé.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open the selected item</source>
        <translation>Ouvrir l&apos;élément choisi</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete the selected item</source>
        <translation>Supprimer l&apos;élément choisi</translation>
    </message>
    <message>
        <source>&amp;Move aside…</source>
        <translation>&amp;Mettre de côté…</translation>
    </message>
    <message>
        <source>Move the selected damaged item aside</source>
        <translation>Mettre de côté l&apos;élément endommagé choisi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close this list</source>
        <translation>Fermer cette liste</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Record of events</source>
        <translation>Journal des événements</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(sans étiquette)</translation>
    </message>
    <message>
        <source>Move aside</source>
        <translation>Mettre de côté</translation>
    </message>
    <message>
        <source>Move this damaged item aside? It leaves this list, but it is kept inside Guardian&apos;s file (not deleted), in case it can be repaired. &quot;Erase all my data&quot; removes it too.</source>
        <translation>Mettre cet élément endommagé de côté&#xa0;? Il quitte cette liste, mais il est gardé dans le fichier de Guardian (il n&apos;est pas supprimé), au cas où il pourrait être réparé. «&#xa0;Effacer toutes mes données&#xa0;» le supprime aussi.</translation>
    </message>
    <message>
        <source>{kind}: {label} (saved {when} UTC)</source>
        <translation>{kind}&#xa0;: {label} (enregistré le {when} UTC)</translation>
    </message>
    <message>
        <source>{kind}, damaged: its name cannot be read, but it can still be opened</source>
        <translation>{kind}, endommagé&#xa0;: son nom ne peut pas être lu, mais il peut encore être ouvert</translation>
    </message>
    <message>
        <source>{kind}, damaged: it cannot be opened</source>
        <translation>{kind}, endommagé&#xa0;: il ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>{item} (saved {when} UTC)</source>
        <translation>{item} (enregistré le {when} UTC)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete &quot;{label}&quot; from this computer? This cannot be undone.</source>
        <translation>Supprimer «&#xa0;{label}&#xa0;» de cet ordinateur&#xa0;? Cette action est définitive.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search signs, conversation starters, help lines…</source>
        <translation>Rechercher des signes, des façons d&apos;amorcer la discussion, des lignes d&apos;aide…</translation>
    </message>
    <message>
        <source>Search Guardian</source>
        <translation>Rechercher dans Guardian</translation>
    </message>
    <message>
        <source>Close search</source>
        <translation>Fermer la recherche</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Warning sign</source>
        <translation>Signe d&apos;alerte</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Signes d&apos;alerte</translation>
    </message>
    <message>
        <source>How luring works</source>
        <translation>Comment fonctionne le leurre en ligne</translation>
    </message>
    <message>
        <source>Conversation starter</source>
        <translation>Pour amorcer la discussion</translation>
    </message>
    <message>
        <source>Conversation starters</source>
        <translation>Pour amorcer la discussion</translation>
    </message>
    <message>
        <source>What to say</source>
        <translation>Quoi dire</translation>
    </message>
    <message>
        <source>Step-by-step guide</source>
        <translation>Guide étape par étape</translation>
    </message>
    <message>
        <source>Guide step</source>
        <translation>Étape du guide</translation>
    </message>
    <message>
        <source>Help line</source>
        <translation>Ligne d&apos;aide</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Obtenir de l&apos;aide maintenant</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Conversation to practise</source>
        <translation>Conversation à pratiquer</translation>
    </message>
    <message>
        <source>Word to know</source>
        <translation>Mot à connaître</translation>
    </message>
    <message>
        <source>Family safety plan</source>
        <translation>Plan de sécurité familial</translation>
    </message>
    <message>
        <source>Type a word, for example “threat” or “school”.</source>
        <translation>Tapez un mot, par exemple «&#xa0;menace&#xa0;» ou «&#xa0;école&#xa0;».</translation>
    </message>
    <message>
        <source>{kind}: {title}</source>
        <translation>{kind}&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Instead of: {phrase}</source>
        <translation>Au lieu de&#xa0;: {phrase}</translation>
    </message>
    <message>
        <source>Nothing found. Try another word.</source>
        <translation>Aucun résultat. Essayez un autre mot.</translation>
    </message>
    <message>
        <source>1 result. Press Enter to open it.</source>
        <translation>1 résultat. Appuyez sur Entrée pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>{count} results. Press Enter to open the first, or choose one.</source>
        <translation>{count} résultats. Appuyez sur Entrée pour ouvrir le premier, ou choisissez-en un.</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <source>Your session is still open; nothing was lost.</source>
        <translation>Votre séance est toujours ouverte&#xa0;; rien n&apos;a été perdu.</translation>
    </message>
    <message>
        <source>Guardian cannot save in its folder because the folder cannot be written to. {kept}

Folder: {folder}</source>
        <translation>Guardian ne peut pas enregistrer dans son dossier, car il est impossible d&apos;y écrire. {kept}

Dossier&#xa0;: {folder}</translation>
    </message>
    <message>
        <source>Could not open your saved answers</source>
        <translation>Impossible d&apos;ouvrir vos réponses enregistrées</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>Suppression impossible</translation>
    </message>
    <message>
        <source>Could not change the lock</source>
        <translation>Impossible de changer le verrou</translation>
    </message>
    <message>
        <source>Could not move it aside</source>
        <translation>Impossible de le mettre de côté</translation>
    </message>
    <message>
        <source>Could not erase</source>
        <translation>Effacement impossible</translation>
    </message>
    <message>
        <source>This saved item is damaged and cannot be opened. Your other saved answers are fine. You can move it aside from the list of saved answers.</source>
        <translation>Cet élément enregistré est endommagé et ne peut pas être ouvert. Vos autres réponses enregistrées sont intactes. Vous pouvez le mettre de côté depuis la liste des réponses enregistrées.</translation>
    </message>
    <message>
        <source>There is not enough space on the disk to open your saved answers. Free some space and try again.</source>
        <translation>Il n&apos;y a pas assez d&apos;espace sur le disque pour ouvrir vos réponses enregistrées. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>Guardian cannot open its folder of saved answers right now. Nothing was changed.

Folder: {folder}</source>
        <translation>Guardian ne peut pas ouvrir son dossier de réponses enregistrées pour le moment. Rien n&apos;a été changé.

Dossier&#xa0;: {folder}</translation>
    </message>
    <message>
        <source>There is not enough space on the disk to save. {kept} Free some space and try again.</source>
        <translation>Il n&apos;y a pas assez d&apos;espace sur le disque pour enregistrer. {kept} Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>Another Guardian window is using your saved answers, so here they can be read but not changed. {kept} Save in the other window, or close it and try again.</source>
        <translation>Une autre fenêtre de Guardian utilise vos réponses enregistrées&#xa0;: ici, vous pouvez les lire, mais pas les modifier. {kept} Enregistrez dans l&apos;autre fenêtre, ou fermez-la et réessayez.</translation>
    </message>
    <message>
        <source>That passphrase does not unlock your saved answers. Nothing was changed. Please check it and try again.</source>
        <translation>Cette phrase de passe ne déverrouille pas vos réponses enregistrées. Rien n&apos;a été changé. Vérifiez-la et réessayez.</translation>
    </message>
    <message>
        <source>Please type a passphrase. Nothing was changed.</source>
        <translation>Tapez une phrase de passe. Rien n&apos;a été changé.</translation>
    </message>
    <message>
        <source>That passphrase holds characters Guardian cannot use (they may come from a copy and paste). Please type it with the keyboard. Nothing was changed.</source>
        <translation>Cette phrase de passe contient des caractères que Guardian ne peut pas utiliser (ils viennent peut-être d&apos;un copier-coller). Tapez-la au clavier. Rien n&apos;a été changé.</translation>
    </message>
    <message>
        <source>Your saved answers were made by a newer version of Guardian. Please update Guardian to open them. Nothing was changed.</source>
        <translation>Vos réponses enregistrées viennent d&apos;une version plus récente de Guardian. Mettez Guardian à jour pour les ouvrir. Rien n&apos;a été changé.</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>Your saved answers were locked, unlocked or given a new passphrase in another Guardian window. Nothing was changed here. {kept} Please try again: Guardian will ask for the passphrase if one is needed.</source>
        <translation>Vos réponses enregistrées ont été verrouillées, déverrouillées ou ont reçu une nouvelle phrase de passe dans une autre fenêtre de Guardian. Rien n&apos;a été changé ici. {kept} Réessayez&#xa0;: Guardian demandera la phrase de passe s&apos;il en faut une.</translation>
    </message>
    <message>
        <source>Your saved answers were erased in another Guardian window, so nothing was saved here. {kept}</source>
        <translation>Vos réponses enregistrées ont été effacées dans une autre fenêtre de Guardian, donc rien n&apos;a été enregistré ici. {kept}</translation>
    </message>
    <message>
        <source>Guardian could not do this right now. {kept}

Details: {details}</source>
        <translation>Guardian n&apos;a pas pu le faire pour le moment. {kept}

Détails&#xa0;: {details}</translation>
    </message>
    <message>
        <source>Guardian can remember your answers on this computer, so you can open them again later.

It would store: the label you typed, the signs you ticked, your private notes, the conversation starters you chose, your family safety plan, and any record of events. Nothing is sent anywhere.

Anyone who uses this computer account could open them, unless you lock them with a passphrase (Session menu). You can erase everything at any time with &quot;Erase all my data&quot;.

Remember my answers on this computer?</source>
        <translation>Guardian peut garder vos réponses sur cet ordinateur, pour que vous puissiez les rouvrir plus tard.

Il garderait&#xa0;: l&apos;étiquette que vous avez tapée, les signes que vous avez cochés, vos notes privées, les façons d&apos;amorcer la discussion que vous avez choisies, votre plan de sécurité familial et tout journal des événements. Rien n&apos;est envoyé nulle part.

Toute personne qui utilise ce compte sur cet ordinateur pourrait les ouvrir, sauf si vous les verrouillez avec une phrase de passe (menu Séance). Vous pouvez tout effacer en tout temps avec «&#xa0;Effacer toutes mes données&#xa0;».

Garder mes réponses sur cet ordinateur&#xa0;?</translation>
    </message>
    <message>
        <source>Remember my answers on this computer?</source>
        <translation>Garder mes réponses sur cet ordinateur&#xa0;?</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>Your saved answers are locked. Type your passphrase:</source>
        <translation>Vos réponses enregistrées sont verrouillées. Tapez votre phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Type your passphrase again:</source>
        <translation>Tapez de nouveau votre phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>The file with your saved answers was damaged. Guardian put it aside (it was not deleted) and kept the {count} saved items it could still read. Your session on screen is safe.

The damaged copy is here: {path}</source>
        <translation>Le fichier de vos réponses enregistrées était endommagé. Guardian l&apos;a mis de côté (il n&apos;a pas été supprimé) et a gardé les {count} éléments enregistrés qu&apos;il pouvait encore lire. Votre séance à l&apos;écran ne risque rien.

La copie endommagée se trouve ici&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Saved answers were damaged</source>
        <translation>Les réponses enregistrées étaient endommagées</translation>
    </message>
    <message>
        <source>Another Guardian window is using your saved answers: here you can open them, not change them.</source>
        <translation>Une autre fenêtre de Guardian utilise vos réponses enregistrées&#xa0;: ici, vous pouvez les ouvrir, mais pas les modifier.</translation>
    </message>
    <message>
        <source>The file with your saved answers was damaged and could not be read. Guardian put it aside (it was not deleted) and started a new, empty one. Your session on screen is safe.

The damaged copy is here: {path}</source>
        <translation>Le fichier de vos réponses enregistrées était endommagé et n&apos;a pas pu être lu. Guardian l&apos;a mis de côté (il n&apos;a pas été supprimé) et en a commencé un nouveau, vide. Votre séance à l&apos;écran est en sécurité.

La copie endommagée se trouve ici&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>There is nothing to save yet.</source>
        <translation>Il n&apos;y a encore rien à enregistrer.</translation>
    </message>
    <message>
        <source>Session saved on this computer.</source>
        <translation>Séance enregistrée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Record of events saved on this computer.</source>
        <translation>Journal des événements enregistré sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Save keeps it on this computer. Discard clears it from memory.</source>
        <translation>Enregistrer le garde sur cet ordinateur. Abandonner l&apos;efface de la mémoire.</translation>
    </message>
    <message>
        <source>Unsaved answers</source>
        <translation>Réponses non enregistrées</translation>
    </message>
    <message>
        <source>Some answers have not been saved. Save them before closing?</source>
        <translation>Certaines réponses n&apos;ont pas été enregistrées. Les enregistrer avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <source>Some answers have not been saved. Save them first?</source>
        <translation>Certaines réponses n&apos;ont pas été enregistrées. Les enregistrer d&apos;abord&#xa0;?</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Terminer la séance</translation>
    </message>
    <message>
        <source>End the session? Everything on screen will be cleared from memory. Answers that were not saved cannot be brought back.</source>
        <translation>Terminer la séance&#xa0;? Tout ce qui est à l&apos;écran sera effacé de la mémoire. Les réponses non enregistrées ne pourront pas être récupérées.</translation>
    </message>
    <message>
        <source>Session ended. What was on screen is cleared. Saved answers stay on this computer until you erase them.</source>
        <translation>Séance terminée. Ce qui était à l&apos;écran est effacé. Les réponses enregistrées restent sur cet ordinateur jusqu&apos;à ce que vous les effaciez.</translation>
    </message>
    <message>
        <source>Session ended. What was on screen is cleared.</source>
        <translation>Séance terminée. Ce qui était à l&apos;écran est effacé.</translation>
    </message>
    <message>
        <source>Erase all my data</source>
        <translation>Effacer toutes mes données</translation>
    </message>
    <message>
        <source>This deletes every saved session and record of events, the passphrase lock, and Guardian&apos;s settings on this computer. It cannot be undone.

What is on screen now stays until you end the session.

Erase everything?</source>
        <translation>Cela supprime toutes les séances et tous les journaux des événements enregistrés, le verrou par phrase de passe et les réglages de Guardian sur cet ordinateur. Cette action est définitive.

Ce qui est à l&apos;écran reste jusqu&apos;à ce que vous terminiez la séance.

Tout effacer&#xa0;?</translation>
    </message>
    <message>
        <source>Another Guardian window is using your saved answers. Please close it first, then erase. Nothing was erased.</source>
        <translation>Une autre fenêtre de Guardian utilise vos réponses enregistrées. Fermez-la d&apos;abord, puis effacez. Rien n&apos;a été effacé.</translation>
    </message>
    <message>
        <source>Some files could not be erased. Please close other copies of Guardian and try again.

Details: {details}</source>
        <translation>Certains fichiers n&apos;ont pas pu être effacés. Fermez les autres fenêtres de Guardian et réessayez.

Détails&#xa0;: {details}</translation>
    </message>
    <message>
        <source>These files were erased:

{files}</source>
        <translation>Ces fichiers ont été effacés&#xa0;:

{files}</translation>
    </message>
    <message>
        <source>There was nothing saved on this computer to erase.</source>
        <translation>Rien n&apos;était enregistré sur cet ordinateur&#xa0;: il n&apos;y avait rien à effacer.</translation>
    </message>
    <message>
        <source>{count} damaged saved items could not be locked with the new passphrase. They were moved aside (kept, not deleted) and no longer appear in the list.</source>
        <translation>{count} éléments enregistrés endommagés n&apos;ont pas pu être verrouillés avec la nouvelle phrase de passe. Ils ont été mis de côté (gardés, pas supprimés) et n&apos;apparaissent plus dans la liste.</translation>
    </message>
    <message>
        <source>Your saved answers are locked. Older unlocked copies could not be wiped from the disk yet, because it is full or busy. Guardian wipes them as soon as it can; freeing some space helps.</source>
        <translation>Vos réponses enregistrées sont verrouillées. D&apos;anciennes copies non verrouillées n&apos;ont pas encore pu être effacées du disque, car il est plein ou occupé. Guardian les effacera dès que possible&#xa0;; libérer de l&apos;espace aide.</translation>
    </message>
    <message>
        <source>Open saved answers</source>
        <translation>Ouvrir les réponses enregistrées</translation>
    </message>
    <message>
        <source>Nothing has been saved on this computer yet.</source>
        <translation>Rien n&apos;a encore été enregistré sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The session on screen has not been saved. Save it first?</source>
        <translation>La séance à l&apos;écran n&apos;a pas été enregistrée. L&apos;enregistrer d&apos;abord&#xa0;?</translation>
    </message>
    <message>
        <source>The record on screen has not been saved. Save it first?</source>
        <translation>Le journal à l&apos;écran n&apos;a pas été enregistré. L&apos;enregistrer d&apos;abord&#xa0;?</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>What we talked about today</source>
        <translation>Ce dont nous avons parlé aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Counselor session</source>
        <translation>Séance d&apos;intervention</translation>
    </message>
    <message>
        <source>&amp;Label (optional, no names needed):</source>
        <translation>&amp;Étiquette (facultatif, aucun nom nécessaire)&#xa0;:</translation>
    </message>
    <message>
        <source>Session label</source>
        <translation>Étiquette de la séance</translation>
    </message>
    <message>
        <source>Signs noticed, by stage</source>
        <translation>Signes remarqués, par étape</translation>
    </message>
    <message>
        <source>&amp;Private notes (hidden in presentation mode)</source>
        <translation>Notes &amp;privées (cachées en mode présentation)</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Notes privées</translation>
    </message>
    <message>
        <source>Conversation starters chosen</source>
        <translation>Façons d&apos;amorcer la discussion choisies</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>Help lines</source>
        <translation>Lignes d&apos;aide</translation>
    </message>
    <message>
        <source>For example: Tuesday afternoon</source>
        <translation>Par exemple&#xa0;: mardi après-midi</translation>
    </message>
    <message>
        <source>&amp;Include my private notes in the summary</source>
        <translation>&amp;Inclure mes notes privées dans le résumé</translation>
    </message>
    <message>
        <source>Include my private notes in the summary</source>
        <translation>Inclure mes notes privées dans le résumé</translation>
    </message>
    <message>
        <source>&amp;Export summary as PDF…</source>
        <translation>E&amp;xporter le résumé en PDF…</translation>
    </message>
    <message>
        <source>Export the session summary as PDF</source>
        <translation>Exporter le résumé de la séance en PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Imp&amp;rimer…</translation>
    </message>
    <message>
        <source>Print the session summary</source>
        <translation>Imprimer le résumé de la séance</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>A&amp;perçu…</translation>
    </message>
    <message>
        <source>Preview the session summary</source>
        <translation>Aperçu du résumé de la séance</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save this session on this computer</source>
        <translation>Enregistrer cette séance sur cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;Nouvelle séance</translation>
    </message>
    <message>
        <source>Start a new session</source>
        <translation>Commencer une nouvelle séance</translation>
    </message>
    <message>
        <source>E&amp;nd session</source>
        <translation>&amp;Terminer la séance</translation>
    </message>
    <message>
        <source>End the session and clear it from memory</source>
        <translation>Terminer la séance et l&apos;effacer de la mémoire</translation>
    </message>
    <message>
        <source>No signs are ticked yet. You can tick them on the Warning signs page.</source>
        <translation>Aucun signe n&apos;est coché pour l&apos;instant. Vous pouvez les cocher à la page Signes d&apos;alerte.</translation>
    </message>
    <message>
        <source>Private note on this sign:</source>
        <translation>Note privée sur ce signe&#xa0;:</translation>
    </message>
    <message>
        <source>Private note: {sign}</source>
        <translation>Note privée&#xa0;: {sign}</translation>
    </message>
    <message>
        <source>No conversation starters chosen yet. You can add them on the Talk with your child page.</source>
        <translation>Aucune façon d&apos;amorcer la discussion n&apos;est choisie pour l&apos;instant. Vous pouvez en ajouter à la page Parler avec votre enfant.</translation>
    </message>
    <message>
        <source>{level}: {title}</source>
        <translation>{level}&#xa0;: {title}</translation>
    </message>
    <message>
        <source>How serious: {level}</source>
        <translation>Gravité&#xa0;: {level}</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>Résumé de la séance</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>Date&#xa0;: {date}</translation>
    </message>
    <message>
        <source>Label: {label}</source>
        <translation>Étiquette&#xa0;: {label}</translation>
    </message>
    <message>
        <source>No signs were ticked in this session.</source>
        <translation>Aucun signe n&apos;a été coché pendant cette séance.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Note&#xa0;: {note}</translation>
    </message>
    <message>
        <source>Phone: {phone}</source>
        <translation>Téléphone&#xa0;: {phone}</translation>
    </message>
    <message>
        <source>Text: {keyword} to {number}</source>
        <translation>Texto&#xa0;: {keyword} au {number}</translation>
    </message>
    <message>
        <source>Text: {number}</source>
        <translation>Texto&#xa0;: {number}</translation>
    </message>
    <message>
        <source>Web: {url}</source>
        <translation>Web&#xa0;: {url}</translation>
    </message>
    <message>
        <source>Our action plan</source>
        <translation>Notre plan d&apos;action</translation>
    </message>
    <message>
        <source>What we noticed</source>
        <translation>Ce que nous avons remarqué</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>Premières étapes</translation>
    </message>
    <message>
        <source>What we agreed</source>
        <translation>Ce que nous avons convenu</translation>
    </message>
    <message>
        <source>Nothing written down yet.</source>
        <translation>Rien n&apos;est encore noté.</translation>
    </message>
    <message>
        <source>Who to call</source>
        <translation>Qui appeler</translation>
    </message>
    <message>
        <source>Guardian is not a screening tool. It does not give a score or decide what is happening.</source>
        <translation>Guardian n&apos;est pas un outil de dépistage. Il ne donne pas de note et ne décide pas de ce qui se passe.</translation>
    </message>
    <message>
        <source>Export summary as PDF</source>
        <translation>Exporter le résumé en PDF</translation>
    </message>
    <message>
        <source>The summary could not be saved as a PDF. Your session is still open.

{reason}</source>
        <translation>Le résumé n&apos;a pas pu être enregistré en PDF. Votre séance est toujours ouverte.

{reason}</translation>
    </message>
</context>
<context>
    <name>SignDetail</name>
    <message>
        <source>See this stage</source>
        <translation>Voir cette étape</translation>
    </message>
    <message>
        <source>See this stage in How luring works</source>
        <translation>Voir cette étape dans Comment fonctionne le leurre en ligne</translation>
    </message>
    <message>
        <source>Ways to talk about it</source>
        <translation>Façons d&apos;en parler</translation>
    </message>
    <message>
        <source>Ways to talk with your child about it</source>
        <translation>Façons d&apos;en parler avec votre enfant</translation>
    </message>
    <message>
        <source>Where to get help</source>
        <translation>Où trouver de l&apos;aide</translation>
    </message>
    <message>
        <source>Where to get help with this</source>
        <translation>Où trouver de l&apos;aide pour cela</translation>
    </message>
    <message>
        <source>Select a sign to read about it</source>
        <translation>Choisissez un signe pour en savoir plus</translation>
    </message>
    <message>
        <source>Choose a sign in the list to see why it matters and what you can do. Press the Space bar, or click its box, to tick it.</source>
        <translation>Choisissez un signe dans la liste pour voir pourquoi il compte et ce que vous pouvez faire. Appuyez sur la barre d&apos;espacement, ou cliquez sur sa case, pour le cocher.</translation>
    </message>
    <message>
        <source>How serious: {level}</source>
        <translation>Gravité&#xa0;: {level}</translation>
    </message>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <source>Stages of luring: {stages}</source>
        <translation>Étapes du leurre&#xa0;: {stages}</translation>
    </message>
</context>
<context>
    <name>SignsList</name>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Show signs from this category</source>
        <translation>Afficher les signes de cette catégorie</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Show only what I ticked</source>
        <translation>Afficher seulement ce que j&apos;ai coché</translation>
    </message>
    <message>
        <source>Show only the signs I ticked</source>
        <translation>Afficher seulement les signes que j&apos;ai cochés</translation>
    </message>
    <message>
        <source>Clear all ticks</source>
        <translation>Tout décocher</translation>
    </message>
    <message>
        <source>Warning signs, grouped by category</source>
        <translation>Signes d&apos;alerte, regroupés par catégorie</translation>
    </message>
    <message>
        <source>Use the arrow keys to move and the Space bar to tick or untick a sign.</source>
        <translation>Utilisez les flèches pour vous déplacer et la barre d&apos;espacement pour cocher ou décocher un signe.</translation>
    </message>
    <message>
        <source>Clear all ticks?</source>
        <translation>Tout décocher&#xa0;?</translation>
    </message>
    <message>
        <source>This unticks every sign on this list. Your notes are not affected. Clear the ticks?</source>
        <translation>Cela décoche tous les signes de cette liste. Vos notes ne changent pas. Tout décocher&#xa0;?</translation>
    </message>
</context>
<context>
    <name>SignsPage</name>
    <message>
        <source>Warning signs</source>
        <translation>Signes d&apos;alerte</translation>
    </message>
</context>
<context>
    <name>SituationPanel</name>
    <message>
        <source>What to do first</source>
        <translation>Quoi faire d&apos;abord</translation>
    </message>
    <message>
        <source>Step by step: {guide}</source>
        <translation>Étape par étape&#xa0;: {guide}</translation>
    </message>
    <message>
        <source>Ways to talk with your child about it</source>
        <translation>Façons d&apos;en parler avec votre enfant</translation>
    </message>
</context>
<context>
    <name>SituationPicker</name>
    <message>
        <source>What is happening?</source>
        <translation>Que se passe-t-il&#xa0;?</translation>
    </message>
    <message>
        <source>Choose what fits best: the lines for it come first. Choose it again to see the lines for every situation.</source>
        <translation>Choisissez ce qui correspond le mieux&#xa0;: les lignes qui s&apos;y rapportent viennent en premier. Choisissez-le de nouveau pour voir les lignes de toutes les situations.</translation>
    </message>
    <message>
        <source>{situation}, chosen</source>
        <translation>{situation}, situation choisie</translation>
    </message>
</context>
<context>
    <name>SourcesLine</name>
    <message>
        <source>Where this comes from</source>
        <translation>D&apos;où vient cette information</translation>
    </message>
    <message>
        <source>Source: {links}</source>
        <translation>Source&#xa0;: {links}</translation>
    </message>
    <message>
        <source>Sources: {links}</source>
        <translation>Sources&#xa0;: {links}</translation>
    </message>
</context>
<context>
    <name>StageMarker</name>
    <message>
        <source>Stage {number} of {total}: {title}</source>
        <translation>Étape {number} sur {total}&#xa0;: {title}</translation>
    </message>
    <message>
        <source>1 sign you ticked points to this stage.</source>
        <translation>1 signe que vous avez coché mène à cette étape.</translation>
    </message>
    <message>
        <source>{count} signs you ticked point to this stage.</source>
        <translation>{count} signes que vous avez cochés mènent à cette étape.</translation>
    </message>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
</context>
<context>
    <name>StageTimeline</name>
    <message>
        <source>Stages of online luring</source>
        <translation>Étapes du leurre en ligne</translation>
    </message>
</context>
<context>
    <name>StarterCard</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy this question</source>
        <translation>Copier cette question</translation>
    </message>
    <message>
        <source>Copy the question and the follow-ups, to paste in a note or a message</source>
        <translation>Copier la question et les questions de suivi, pour les coller dans une note ou un message</translation>
    </message>
    <message>
        <source>Practise this</source>
        <translation>Pratiquer</translation>
    </message>
    <message>
        <source>Practise a conversation about this</source>
        <translation>Pratiquer une conversation à ce sujet</translation>
    </message>
    <message>
        <source>★ In my plan</source>
        <translation>★ Dans mon plan</translation>
    </message>
    <message>
        <source>Remove from my plan</source>
        <translation>Retirer de mon plan</translation>
    </message>
    <message>
        <source>This question is in your conversation plan. Click to remove it.</source>
        <translation>Cette question est dans votre plan de conversation. Cliquez pour la retirer.</translation>
    </message>
    <message>
        <source>☆ Add to my plan</source>
        <translation>☆ Ajouter à mon plan</translation>
    </message>
    <message>
        <source>Add to my plan</source>
        <translation>Ajouter à mon plan</translation>
    </message>
    <message>
        <source>Add this question to your conversation plan</source>
        <translation>Ajouter cette question à votre plan de conversation</translation>
    </message>
    <message>
        <source>Less ▲</source>
        <translation>Moins ▲</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Afficher moins</translation>
    </message>
    <message>
        <source>More ▼</source>
        <translation>Plus ▼</translation>
    </message>
    <message>
        <source>Show more: follow-up questions and tips</source>
        <translation>Afficher plus&#xa0;: questions de suivi et conseils</translation>
    </message>
    <message>
        <source>What to listen for</source>
        <translation>Ce qu&apos;il faut écouter</translation>
    </message>
    <message>
        <source>What to avoid</source>
        <translation>Ce qu&apos;il faut éviter</translation>
    </message>
    <message>
        <source>When to ask</source>
        <translation>Quand poser la question</translation>
    </message>
    <message>
        <source>If they tell you something</source>
        <translation>Si votre enfant vous confie quelque chose</translation>
    </message>
</context>
<context>
    <name>StarterFilters</name>
    <message>
        <source>&amp;Child&apos;s age</source>
        <translation>Â&amp;ge de l&apos;enfant</translation>
    </message>
    <message>
        <source>Child&apos;s age</source>
        <translation>Âge de l&apos;enfant</translation>
    </message>
    <message>
        <source>&amp;Situation</source>
        <translation>&amp;Situation</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Searc&amp;h</source>
        <translation>Re&amp;chercher</translation>
    </message>
    <message>
        <source>A word, like game, photo or secret</source>
        <translation>Un mot, comme jeu, photo ou secret</translation>
    </message>
    <message>
        <source>Search the conversation starters</source>
        <translation>Rechercher parmi les façons d&apos;amorcer la discussion</translation>
    </message>
    <message>
        <source>All ages</source>
        <translation>Tous les âges</translation>
    </message>
    <message>
        <source>All situations</source>
        <translation>Toutes les situations</translation>
    </message>
</context>
<context>
    <name>SummaryStrip</name>
    <message>
        <source>Stages the ticked signs point to</source>
        <translation>Étapes auxquelles mènent les signes cochés</translation>
    </message>
    <message>
        <source>You have not ticked any signs yet.</source>
        <translation>Vous n&apos;avez encore coché aucun signe.</translation>
    </message>
    <message>
        <source>You ticked 1 sign. It points to these stages:</source>
        <translation>Vous avez coché 1 signe. Il mène à ces étapes&#xa0;:</translation>
    </message>
    <message>
        <source>You ticked {count} signs. They point to these stages:</source>
        <translation>Vous avez coché {count} signes. Ils mènent à ces étapes&#xa0;:</translation>
    </message>
    <message>
        <source>1 sign</source>
        <translation>1 signe</translation>
    </message>
    <message>
        <source>{n} signs</source>
        <translation>{n} signes</translation>
    </message>
    <message>
        <source>{number}. {title} ({signs})</source>
        <translation>{number}. {title} ({signs})</translation>
    </message>
    <message>
        <source>Tick what you have noticed. The stages your signs point to will light up here.</source>
        <translation>Cochez ce que vous avez remarqué. Les étapes auxquelles mènent vos signes s&apos;allumeront ici.</translation>
    </message>
    <message>
        <source>Lit up: {stages}. Select a stage to learn about it.</source>
        <translation>Allumées&#xa0;: {stages}. Choisissez une étape pour en savoir plus.</translation>
    </message>
</context>
<context>
    <name>TalkPage</name>
    <message>
        <source>1 conversation starter</source>
        <translation>1 façon d&apos;amorcer la discussion</translation>
    </message>
    <message>
        <source>{count} conversation starters</source>
        <translation>{count} façons d&apos;amorcer la discussion</translation>
    </message>
    <message>
        <source>Copied. You can paste the question in a note or a message.</source>
        <translation>Copié. Vous pouvez coller la question dans une note ou un message.</translation>
    </message>
    <message>
        <source>Next: if your child told you something, Get help now</source>
        <translation>Étape suivante&#xa0;: si votre enfant vous a confié quelque chose, Obtenir de l&apos;aide maintenant</translation>
    </message>
    <message>
        <source>Talk with your child</source>
        <translation>Parler avec votre enfant</translation>
    </message>
    <message>
        <source>No conversation starters match these choices. Try another age or situation, or a different word.</source>
        <translation>Aucune façon d&apos;amorcer la discussion ne correspond à ces choix. Essayez un autre âge, une autre situation ou un autre mot.</translation>
    </message>
    <message>
        <source>Show all conversation starters</source>
        <translation>Afficher toutes les façons d&apos;amorcer la discussion</translation>
    </message>
</context>
<context>
    <name>UrgentBanner</name>
    <message>
        <source>Someone is threatening my child</source>
        <translation>Quelqu&apos;un menace mon enfant</translation>
    </message>
    <message>
        <source>Open the guide: Someone is threatening my child</source>
        <translation>Ouvrir le guide&#xa0;: Quelqu&apos;un menace mon enfant</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Obtenir de l&apos;aide maintenant</translation>
    </message>
    <message>
        <source>Urgent: {title}</source>
        <translation>Urgent&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Urgent sign you ticked: {signs}</source>
        <translation>Signe urgent que vous avez coché&#xa0;: {signs}</translation>
    </message>
    <message>
        <source>Urgent signs you ticked: {signs}</source>
        <translation>Signes urgents que vous avez cochés&#xa0;: {signs}</translation>
    </message>
</context>
</TS>
