# Baken — Nederlandse teksten. Elke tekst staat ook in en.ftl (een test controleert dat).
# Gebruikt door de app (ui/), de opdrachtregel (baken) en straks het rapport.

app-name = Baken
app-tagline = Signalen van radicalisering herkennen, en weten wat u doet
skip-to-content = Naar de inhoud
language-label = Taal
language-switch = English
language-switch-label = Switch to English
loading = Even geduld…
saving = Bezig met opslaan…
close = Sluiten

## Onboarding

onboarding-title = Welkom bij Baken
onboarding-intro = Met Baken leren medewerkers van uw gemeente signalen van radicalisering herkennen, en weten ze wat ze dan doen en wie ze bellen. Alles blijft op deze laptop; er is geen internet nodig.
onboarding-demo-title = Eerst rondkijken
onboarding-demo-text = Zilverdam is een verzonnen gemeente met vijf medewerkers en hun voortgang. Handig om Baken te leren kennen of te laten zien in een training.
onboarding-demo-button = Probeer de demogemeente
onboarding-own-title = Uw eigen gemeente instellen
onboarding-own-text = Vul de naam van uw gemeente in. De andere gegevens kunt u ook later aanvullen.
onboarding-own-button = Gemeente opslaan

field-municipality-name = Naam van de gemeente
field-cbs-code = CBS-code
field-cbs-code-hint = Niet verplicht. Bijvoorbeeld GM0123.
field-inhabitants = Aantal inwoners
field-inhabitants-hint = Niet verplicht.
field-region = Regio of Zorg- en Veiligheidshuis
field-region-hint = Niet verplicht.

## Profielen

profile-choose-title = Wie bent u?
profile-choose-intro = Meer collega's gebruiken deze laptop. Kies uw eigen profiel, dan blijft uw voortgang bij u.
profile-choose-empty = Er zijn nog geen profielen. Maak hieronder uw profiel aan.
profile-new-title = Nieuw profiel
profile-new-text = Vul alleen uw eigen gegevens in, nooit die van inwoners.
profile-new-button = Profiel aanmaken
profile-rename = naam wijzigen
profile-rename-save = Naam opslaan
profile-rename-cancel = Annuleren
profile-switch = Ander profiel kiezen
field-learner-name = Uw naam
field-role = Uw functie
field-department = Afdeling
field-department-hint = Niet verplicht.

role-baliemedewerker = Baliemedewerker Burgerzaken
role-wijkteam = Medewerker wijkteam
role-leerplicht = Leerplichtambtenaar
role-wmo-consulent = Wmo-consulent
role-boa = Boa (handhaving)
role-jongerenwerker = Jongerenwerker
role-klantmanager = Klantmanager Participatiewet
role-beleid = Beleidsmedewerker of AOV
role-overig = Andere functie

## Startscherm

home-greeting = Welkom, { $name }
home-required = { $valid } van de { $total } verplichte modules voor uw functie afgerond en geldig
home-next-expiry = De eerste afronding verloopt op { $date }. Daarna is een opfrisser nodig.
module-required = Verplicht voor uw functie
module-optional = Extra, niet verplicht voor uw functie
home-modules-title = Uw modules
home-demo-banner = Demogemeente: alle namen en gegevens zijn verzonnen.
home-municipality = Gemeente { $name }
module-minutes = ongeveer { $minutes } minuten
module-not-started = Nog niet begonnen
module-in-progress = Bezig sinds { $date }
module-completed = Afgerond op { $date }, score { $score }%
module-valid-until = Geldig tot { $date }
module-expired = Verlopen op { $date }. Tijd voor een opfrisser.

## Module lezen

module-start = Beginnen
module-continue = Verder gaan
module-review = Opnieuw bekijken
module-breadcrumb = Kruimelpad
page-position = Pagina { $current } van { $total }
page-previous = Vorige pagina
page-next = Volgende pagina
page-back-to-modules = Terug naar uw modules
to-case = Naar de casus
to-check = Naar de kennistoets
toc-case = Casus
toc-check = Toets
case-position = Casus { $current } van { $total }
case-you-chose = U koos:
case-step = Wat doet u? (keuze { $n })
case-ending = Zo loopt het af
case-choices = Uw keuzes
case-colleagues = Zo kozen collega's op deze laptop ({ $total } antwoorden, ieders eerste keuze)
case-colleagues-mine = uw keuze
case-restart = Casus opnieuw spelen
case-next = Volgende casus
quality-good = Een goede keuze.
quality-acceptable = Een redelijke keuze, maar het kan beter.
quality-poor = Geen goede keuze.
setting-balie = Aan de balie
setting-huisbezoek = Op huisbezoek
setting-school = Op school
setting-wijk = In de wijk
setting-online = Online
setting-kantoor = Op kantoor
setting-jongerenwerk = In het jongerenwerk
setting-anders = Elders
check-title = Kennistoets
check-position = Vraag { $current } van { $total }
check-attempt = poging { $attempt }
check-hint-single = Kies één antwoord.
check-hint-multiple = Kies alle antwoorden die kloppen.
check-hint-sort = Kies bij elke uitspraak de juiste groep.
check-hint-order = Zet de stappen in de goede volgorde met de pijlknoppen.
check-move-up = { $step } omhoog
check-move-down = { $step } omlaag
check-submit = Antwoord controleren
check-next = Volgende vraag
check-to-result = Naar de uitslag
check-right = Goed!
check-wrong = Niet goed
check-correct-option = juist
check-your-choice = uw keuze
check-belongs-to = hoort bij: { $category }
check-you-chose = u koos: { $category }
result-passed-title = Geslaagd
result-failed-title = Nog niet geslaagd
result-score = Uw score: { $score }% ({ $correct } van de { $total } goed)
result-passed-text = U heeft de toets gehaald (nodig: { $mark }%). De module staat nu als afgerond bij uw voortgang.
result-failed-text = Voor deze toets is { $mark }% nodig. Lees de uitleg nog eens en probeer het opnieuw; dat kan zo vaak als u wilt.
result-retake = Toets opnieuw maken
refresher-title = Opfrissen
refresher-due = { $count ->
    [one] 1 vraag staat klaar om op te frissen.
   *[other] { $count } vragen staan klaar om op te frissen.
} Dat duurt ongeveer 5 minuten.
refresher-start = Opfrissen
refresher-from = Uit: { $module }
refresher-left = { $count ->
    [one] nog 1 vraag
   *[other] nog { $count } vragen
}
refresher-finish = Klaar
refresher-done-title = Alles opgefrist
refresher-done-score = U heeft vandaag { $right } van de { $total } vragen goed beantwoord. Vragen die u fout had, komen morgen terug; goede antwoorden komen steeds later terug.
refresher-nothing-due = Er staan nu geen vragen klaar. Nadat u een toets heeft gemaakt, komen de vragen na een dag terug om op te frissen.
effect-pre-title = Voormeting
effect-post-title = Nameting
effect-pre-offer = Voordat u begint: zes korte vragen en één vraag over hoe zeker u zich voelt. Zo ziet uw gemeente wat de cursus oplevert. Het duurt ongeveer 3 minuten.
effect-post-offer = U heeft alle verplichte modules afgerond. Beantwoord dezelfde vragen nog eens; dan ziet u wat de cursus u heeft gebracht.
effect-start = Starten
effect-skip = Overslaan
effect-next = Verder
effect-intro = Hier is geen goed of fout antwoord. Kies wat nu het best bij u past.
effect-statement = Ik weet wat ik moet doen als ik een signaal van radicalisering opmerk.
effect-level-1 = 1 – helemaal niet
effect-level-2 = 2 – een beetje
effect-level-3 = 3 – redelijk
effect-level-4 = 4 – grotendeels
effect-level-5 = 5 – helemaal
effect-pre-done = Dank u wel. Na de verplichte modules krijgt u dezelfde vragen nog eens.
effect-before = Voor de cursus
effect-after = Na de cursus
effect-score = { $right } van de { $total } vragen goed; zekerheid { $confidence } van 5
contact-meldpunt = Meldpunt radicalisering
contact-aov = AOV
contact-zvh = Zorg- en Veiligheidshuis
contact-wijkagent = Wijkagent
contact-not-filled-in = contactgegevens nog niet ingevuld

## Foutmeldingen (de code staat in baken-core: ErrorCode)

error-start-hint = Baken kan zo niet starten. Sluit Baken, los het probleem op (of vraag uw ICT-afdeling om hulp) en start Baken opnieuw. Uw gegevens zijn niet gewijzigd.
error-title = Dat lukte niet
error-name-required = Vul een naam in.
error-name-too-long = Gebruik hoogstens { $max } tekens.
error-invalid-cbs-code = Een CBS-code bestaat uit GM en vier cijfers, bijvoorbeeld GM0123.
error-invalid-inhabitants = Vul een aantal inwoners in tussen 1 en { $max }.
error-municipality-exists = Op deze laptop is al een gemeente ingesteld.
error-no-municipality = Stel eerst een gemeente in.
error-unknown-learner = Dit profiel bestaat niet (meer) op deze laptop.
error-unknown-module = De cursus heeft geen module of pagina { $id }. Misschien hoort die bij een oudere versie.
error-out-of-step = Deze stap is niet meer actueel. Het scherm is bijgewerkt; kijk het nog eens na.
error-path-incomplete = Een certificaat komt er als alle verplichte modules voor de functie zijn afgerond en nog geldig zijn.
error-no-database = In { $path } staat nog geen Baken-database.
error-not-baken = { $path } is geen Baken-bestand. Baken heeft het niet gewijzigd.
error-newer-schema = Deze database komt van een nieuwere versie van Baken (versie { $found }; deze Baken kent tot versie { $supported }). Werk Baken bij; de database is niet gewijzigd.
error-locked = De database is in gebruik door een ander programma. Sluit dat programma en probeer het opnieuw.
error-read-only = Baken kan niet schrijven in { $path }. Kies een map waarin u mag schrijven, of vraag uw ICT-afdeling om hulp.
error-io = Baken kan { $path } niet openen: { $detail }
error-database = Er ging iets mis in de database: { $detail }
error-internal = Er ging iets mis in Baken: { $detail }

## Opdrachtregel (baken)

cli-error = Fout
cli-demo-done = Demogemeente { $name } aangemaakt in { $path }, met { $learners } medewerkers.
cli-info-path = Database
cli-info-schema = Schemaversie
cli-info-size = Grootte
cli-info-municipality = Gemeente
cli-info-no-municipality = (nog niet ingesteld)
cli-info-demo = (demo)
cli-info-learners = Medewerkers
cli-info-events = Voortgangsgebeurtenissen

## Inhoudspakketten (baken content check)

content-ok = { $pack } { $version }: { $modules ->
    [one] 1 module
   *[other] { $modules } modules
}, { $pages ->
    [one] 1 pagina
   *[other] { $pages } pagina's
}, { $cases ->
    [one] 1 casus
   *[other] { $cases } casussen
}, { $items ->
    [one] 1 toetsvraag
   *[other] { $items } toetsvragen
}. Geen problemen gevonden.
content-problems = { $count ->
    [one] 1 probleem
   *[other] { $count } problemen
} gevonden in { $path }.
content-missing-file = Dit bestand ontbreekt; elk pakket begint met pack.toml.
content-syntax = Dit is geen geldige TOML of een veld klopt niet: { $detail }
content-missing-module-file = Module '{ $module }' staat in pack.toml, maar het bestand modules/{ $module }.toml ontbreekt.
content-unlisted-module-file = Dit modulebestand staat niet in pack.toml. Voeg het daar toe of verwijder het.
content-module-id-mismatch = De id van deze module moet '{ $expected }' zijn, net als de bestandsnaam.
content-bad-id = De id '{ $id }' mag alleen kleine letters, cijfers en streepjes bevatten.
content-duplicate-id = De id '{ $id }' komt hier twee keer voor.
content-unknown-language = Baken kent de taal '{ $lang }' niet (wel nl en en), of het pakket noemt die taal niet.
content-missing-translation = De tekst in taal '{ $lang }' ontbreekt of is leeg.
content-unknown-placeholder = Onbekende invulplek { $placeholder }. Gebruik {"{"}gemeente{"}"} of {"{"}contact:meldpunt{"}"}, {"{"}contact:aov{"}"}, {"{"}contact:zvh{"}"}, {"{"}contact:wijkagent{"}"}.
content-unknown-item-type = Onbekend vraagtype '{ $found }'. Kies single, multiple, sort of order.
content-no-correct-answer = Deze vraag heeft geen goed antwoord (correct = true).
content-several-correct-answers = Deze vraag heeft meer goede antwoorden dan past: bij single precies één, bij multiple niet allemaal.
content-no-wrong-option = Bij deze vraag zijn alle antwoorden goed; dan toetst de vraag niets.
content-too-few-options = Deze vraag heeft minstens { $min } antwoorden nodig.
content-order-option-count = Een volgordevraag heeft 3 tot 6 stappen.
content-correct-not-allowed = Bij sort- en ordervragen hoort geen 'correct'; de categorie of de volgorde bepaalt wat goed is.
content-missing-category = Dit antwoord heeft geen categorie (category = "…").
content-unknown-category = De categorie '{ $found }' is bij deze vraag niet gedefinieerd.
content-too-few-categories = Een sorteervraag heeft minstens twee categorieën nodig.
content-category-not-allowed = Categorieën horen alleen bij sorteervragen (type = "sort").
content-unknown-step = Er is geen stap '{ $found }' in deze casus.
content-unreachable-step = Stap '{ $id }' is vanaf het begin van de casus niet te bereiken.
content-no-choices = Stap '{ $id }' heeft geen keuzes en is ook geen einde (end = true).
content-end-with-choices = Stap '{ $id }' is een einde, maar heeft toch keuzes.
content-no-ending = Vanaf stap '{ $id }' is geen einde van de casus te bereiken.
content-unknown-quality = Onbekende kwaliteit '{ $found }'. Kies good, acceptable of poor.
content-unknown-setting = Onbekende setting '{ $found }'. Kies balie, huisbezoek, school, wijk, online, kantoor, jongerenwerk of anders.
content-bad-pass-mark = De cesuur (pass_mark) moet tussen 1 en 100 procent liggen.
content-unknown-role = Onbekende functie '{ $found }'. Gebruik baliemedewerker, wijkteam, leerplicht, wmo-consulent, boa, jongerenwerker, klantmanager, beleid of overig.
content-unknown-module-ref = Er is geen module '{ $found }' in dit pakket.
content-module-taken = De module '{ $found }' bestaat al in een ander lespakket; kies een andere id.
content-refused = Het lespakket '{ $pack }' is niet geladen, omdat er iets niet klopt. Vraag wie het maakte om het te herstellen; de rest van Baken werkt gewoon.
content-unknown-item-ref = Er is geen toetsvraag '{ $found }'. Schrijf module/vraag, bijvoorbeeld signalen/djellaba-aan-de-balie.
content-empty-module = Deze module heeft geen pagina's, geen casus en geen toets.

## Certificaat

cert-title = Certificaat
cert-intro = Gemeente { $municipality } verklaart dat
cert-completed = de training heeft gevolgd en de volgende modules met goed gevolg heeft afgerond:
cert-col-module = Module
cert-col-completed = Afgerond op
cert-col-score = Score
cert-col-valid = Geldig tot
cert-valid-until = Dit certificaat is geldig tot
cert-refresh = Daarna is een opfrisser nodig.
cert-code = Verificatiecode
cert-issued = Uitgegeven op
cert-verify = Controle: de coördinator kan dit certificaat in Baken nagaan met de code { $code } (baken certificate verify { $code }).
cli-certificate-done = Certificaat { $code } voor { $learner } opgeslagen in { $path }.
cli-certificate-valid = Geldig certificaat { $code }: { $learner } ({ $role }), gemeente { $municipality }, uitgegeven op { $issued }, geldig tot { $until }.
cli-certificate-unknown = Het certificaat { $code } is niet op deze laptop uitgegeven.
cli-certificate-bad-code = '{ $code }' is geen verificatiecode. Een code ziet eruit als BKN-7K2M-X9P4.
cli-no-such-learner = Er is geen medewerker '{ $name }' op deze laptop.
