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
field-pin = Pincode voor trainers en coördinatoren
field-pin-hint = Aanbevolen als meer mensen deze laptop gebruiken: dan gaan het overzicht, de workshops, de gemeente en de zelfevaluatie alleen met deze pincode open. Minstens 4 tekens. Kan later ook, bij Gemeente.

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
error-invalid-phone = '{ $value }' is geen telefoonnummer. Gebruik cijfers, bijvoorbeeld 0900-8844 of +31 20 123 45 67.
error-invalid-email = '{ $value }' is geen e-mailadres. Een e-mailadres ziet eruit als naam@gemeente.nl.
error-invalid-level = Kies een niveau van 0 tot en met 4, of 'niet van toepassing' of 'weet ik niet'.
error-text-too-long = Deze tekst is te lang: gebruik hoogstens { $max } tekens.
error-unknown-assessment = Deze zelfevaluatie bestaat niet (meer) op deze laptop.
error-assessment-exists = Er is al een zelfevaluatie op deze datum. Open die, of kies een andere datum.
error-unknown-item = De vragenlijst heeft geen vraag { $id }. Misschien hoort die bij een oudere versie.
error-municipality-exists = Op deze laptop is al een gemeente ingesteld.
error-no-municipality = Stel eerst een gemeente in.
error-unknown-learner = Dit profiel bestaat niet (meer) op deze laptop.
error-unknown-module = De cursus heeft geen module of pagina { $id }. Misschien hoort die bij een oudere versie.
error-out-of-step = Deze stap is niet meer actueel. Het scherm is bijgewerkt; kijk het nog eens na.
error-path-incomplete = Een certificaat komt er als alle verplichte modules voor de functie zijn afgerond en nog geldig zijn.
error-no-database = In { $path } staat nog geen Baken-database.
error-not-baken = { $path } is geen Baken-bestand. Baken heeft het niet gewijzigd.
error-newer-schema = Deze database komt van een nieuwere versie van Baken (versie { $found }; deze Baken kent tot versie { $supported }). Werk Baken bij; de database is niet gewijzigd.
error-secret-too-short = Kies er een van minstens { $min } tekens.
error-forbidden = Dit deel is voor trainers en coördinatoren. Ontgrendel het met de pincode.
error-wrong-pin = Deze pincode klopt niet.
error-bad-records = Dit voortgangsbestand is niet ingelezen.
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
content-level-count = Een vraag van de zelfevaluatie heeft precies vijf niveaus nodig (0 tot en met 4); hier staan er { $found }.
content-unknown-source = Onbekende bron '{ $found }'. De enige bron is training-records.
content-empty-theme = Dit thema heeft geen vragen.

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
cli-report-done = Rapport '{ $title }' (totaalscore { $overall } van 4) opgeslagen in { $path }.
cli-report-no-assessment = Er is (op die datum) geen zelfevaluatie op deze laptop. Vul er eerst een in, in Baken.
cli-report-no-questionnaire = Het lespakket heeft geen vragenlijst voor de zelfevaluatie.

## Zelfevaluatie en contacten

level-0 = Niet aanwezig
level-1 = Ad hoc
level-2 = Vastgelegd
level-3 = Uitgevoerd
level-4 = Geëvalueerd en verbeterd
rating-na = Niet van toepassing
rating-dk = Weet ik niet
rating-none = Niet beantwoord
action-status-open = Open
action-status-in-progress = Bezig
action-status-done = Klaar
nav-label = Onderdelen
nav-learn = Leren
nav-callcard = Wie bel ik?
nav-municipality = Gemeente
nav-assessment = Zelfevaluatie
callcard-title = Wie bel ik?
callcard-intro = Maakt u zich zorgen over iemand? U staat er niet alleen voor. Bespreek het eerst met een collega of de aandachtsfunctionaris; bel bij een ernstige zorg het meldpunt van { $municipality }.
callcard-local = In { $municipality }
callcard-national = Landelijk
callcard-missing = Nog niet ingevuld. De coördinator vult dit in onder 'Gemeente'.
callcard-lse = Landelijk Steunpunt Extremisme
callcard-lse-text = Advies voor professionals, ook anoniem; en steun voor families.
callcard-police = Politie (geen spoed)
callcard-emergency = Spoed: direct gevaar
callcard-veilig-thuis = Veilig Thuis
callcard-veilig-thuis-text = Bij huiselijk geweld of kindermishandeling: een aparte route, naast een zorg over radicalisering.
callcard-zorgwekkend = Meldpunt Zorgwekkend Gedrag
callcard-zorgwekkend-text = Bij zorgwekkend gedrag zonder acuut gevaar.
card-file = zakkaart Wie bel ik
callcard-print = Zakkaart afdrukken
callcard-print-text = Een kaart op A6-formaat om uit te knippen en te vouwen, met deze nummers.
contact-phone = Telefoon
contact-email = E-mail
contact-hours = Bereikbaar
municipality-title = Gemeente en contacten
municipality-intro = Deze gegevens staan in de lessen, op de kaart 'Wie bel ik?' en in het rapport voor de raad.
municipality-profile = Profiel
municipality-save = Profiel opslaan
municipality-saved = Profiel opgeslagen.
contacts-title = Lokale contacten
contacts-intro = Vul in wie medewerkers bellen. Deze namen en nummers verschijnen in de lessen waar een medewerker moet handelen.
contact-name = Naam of afdeling
contact-save = Opslaan
contact-remove = Leegmaken
contact-saved = { $name } opgeslagen.
contact-remove-confirm = Weet u zeker dat u dit contact wilt leegmaken?
assessment-title = Zelfevaluatie van de lokale aanpak
assessment-intro = Eén keer per jaar beoordeelt de gemeente haar aanpak op 12 thema's. Meerdere invullers kunnen antwoorden; hun antwoorden blijven apart. Alles wordt meteen opgeslagen.
assessment-empty = Er is nog geen zelfevaluatie. Begin er een; u kunt hem in delen invullen.
assessment-new = Nieuwe zelfevaluatie
assessment-new-title = Titel
assessment-new-date = Datum
assessment-default-title = Zelfevaluatie { $year }
assessment-create = Zelfevaluatie beginnen
assessment-choose = Zelfevaluatie
assessment-overall = Totaalscore
assessment-overall-value = { $score } van 4
assessment-previous = Vorige keer: { $score }
assessment-respondents = Invullers
assessment-respondents-none = Voeg eerst uzelf toe als invuller.
assessment-respondent-name = Naam
assessment-respondent-function = Functie
assessment-respondent-add = Invuller toevoegen
assessment-answering-as = Ik vul in als
assessment-themes = Thema's
assessment-theme-progress = { $answered } van { $items } beantwoord
assessment-theme-score = score { $score }
assessment-no-score = nog geen score
assessment-good = Wat goed is
assessment-evidence-hint = Wat telt als bewijs
assessment-level = Niveau
assessment-explanation = Toelichting
assessment-evidence = Bewijs (document, verslag)
assessment-no-names = Baken is geen registratiesysteem: noem geen namen van inwoners.
assessment-saved = Opgeslagen
assessment-agreed = Samen: { $level }
assessment-differs = De invullers verschillen hier 2 niveaus of meer. Bespreek dit samen.
assessment-others = Andere invullers
assessment-from-records-text = Dit niveau volgt uit de opleidingsregistratie in Baken: { $valid } van de { $learners } medewerkers { $valid ->
        [one] heeft
       *[other] hebben
    } een geldige afronding van hun verplichte modules. U kunt wel een toelichting geven.
assessment-no-records = Er zijn nog geen medewerkers in Baken; zonder registratie krijgt deze vraag geen niveau.
assessment-training-caption = Opleiding per functie op de datum van de zelfevaluatie
assessment-actions = Verbetermaatregelen
assessment-action = Maatregel
assessment-action-owner = Wie
assessment-action-deadline = Uiterlijk
assessment-action-status = Stand
assessment-action-add = Maatregel toevoegen
assessment-action-delete = Verwijderen
assessment-action-delete-confirm = Deze maatregel verwijderen?
assessment-report = Rapport voor de raad
assessment-report-text = Een PDF met samenvatting, scores per thema, bevindingen, actieplan, vergelijking met de vorige keer en een blok voor vaststelling.
assessment-report-make = Rapport maken
assessment-report-busy = Het rapport wordt gemaakt…
assessment-report-done = Het rapport is opgeslagen in { $path }.
assessment-preview = Voorbeeld van de samenvatting
assessment-preview-strongest = Sterkst:
assessment-preview-weakest = Zwakst:
assessment-preview-counts = { $open ->
        [one] 1 open actie
       *[other] { $open } open acties
    }; invullers verschillen bij { $differences ->
        [one] 1 vraag
       *[other] { $differences } vragen
    }.
export-answers-file = antwoorden
export-actions-file = actieplan
assessment-export = Exporteren
assessment-export-text = Voor een rekenblad of een ander programma. De export bevat de namen van de invullers.
assessment-export-answers = Antwoorden (CSV)
assessment-export-actions = Actieplan (CSV)
assessment-export-json = Alles (JSON)
assessment-export-done = Opgeslagen in { $path }.
assessment-open-file = Openen
assessment-prev-theme = Vorig thema
assessment-next-theme = Volgend thema
assessment-from-records = uit de opleidingsregistratie
assessment-inhabitants = { $formatted } inwoners
assessment-training-summary = Op { $date } { $valid ->
        [one] had
       *[other] hadden
    } { $valid } van de { $learners } medewerkers ({ $percent }%) alle verplichte modules voor hun functie afgerond; die afronding is nog geldig.

## Raadsrapportage

report-kind = Rapportage aan de gemeenteraad
report-subtitle = Zelfevaluatie van de lokale aanpak van radicalisering en extremisme
report-municipality = Gemeente { $name }
report-page = Pagina { $page } van { $total }
report-contents = Inhoud
report-cover-date = Datum
report-cover-region = Regio
report-cover-cbs = CBS-code
report-cover-inhabitants = Inwoners
report-cover-respondents = Ingevuld door
report-cover-note = Deze rapportage is opgesteld met Baken. De scores zijn een zelfbeoordeling door de gemeente zelf: ze laten zien waar de aanpak staat en wat beter kan, en zijn niet bedoeld om gemeenten met elkaar te vergelijken.
report-summary = Samenvatting
report-overall = Gemiddelde score
report-out-of = van 4
report-previous-score = Vorige keer: { $score } ({ $change })
report-summary-overall = { $municipality } scoort gemiddeld { $score } op een schaal van 0 (niet aanwezig) tot 4 (geëvalueerd en verbeterd).
report-summary-no-score = Er zijn nog geen vragen beantwoord, dus er is nog geen gemiddelde score.
report-summary-up = Bij de vorige zelfevaluatie ({ $previous }) was dat { $score }: de aanpak is er gemiddeld { $change } punt op vooruitgegaan.
report-summary-down = Bij de vorige zelfevaluatie ({ $previous }) was dat { $score }: de aanpak is er gemiddeld { $change } punt op achteruitgegaan.
report-summary-same = Bij de vorige zelfevaluatie ({ $previous }) was dat ook { $score }.
report-summary-scored = Bij { $scored } van de { $total } thema's zijn vragen beantwoord; de andere thema's hebben nog geen score.
report-summary-actions = Het actieplan telt { $total ->
        [one] één actie
       *[other] { $total } acties
    }, waarvan er { $open } nog { $open ->
        [one] openstaat
       *[other] openstaan
    }.
report-summary-differences = Bij { $count ->
        [one] één vraag lopen
       *[other] { $count } vragen lopen
    } de antwoorden van de invullers sterk uiteen (zie ‘{ $section }’).
report-strongest = Sterkste thema's
report-weakest = Zwakste thema's
report-urgent = Meest urgente acties
report-urgent-none = Er staan geen acties open.
report-urgent-more = Het volledige actieplan staat in het hoofdstuk ‘{ $section }’.
report-none = Nog geen.
report-scores = Scores per thema
report-scores-intro = Per thema staat hieronder het gemiddelde van de beantwoorde vragen, op een schaal van 0 tot 4. Antwoorden als 'niet van toepassing' en 'weet ik niet' tellen niet mee in de score.
report-scale = De schaal
report-level-0 = Niet aanwezig
report-level-1 = Ad hoc
report-level-2 = Vastgelegd
report-level-3 = Ingevoerd
report-level-4 = Geëvalueerd en verbeterd
report-chart-alt = Staafdiagram met de score per thema op een schaal van 0 tot 4, met de vorige score als open balk. Dezelfde cijfers staan in de tabel hierna.
report-chart-caption = Score per thema (0 = niet aanwezig, 4 = geëvalueerd en verbeterd)
report-chart-current = Deze zelfevaluatie
report-chart-previous = Vorige zelfevaluatie
report-chart-no-score = nog geen score
report-col-theme = Thema
report-col-score = Score
report-col-previous = Vorige
report-col-change = Verschil
report-col-answered = Beantwoord
report-col-not-applicable = N.v.t.
report-col-dont-know = Weet niet
report-answered-of = { $answered } van { $items }
report-findings = Bevindingen per thema
report-findings-intro = Per vraag het niveau waarover de invullers het eens werden, met hun toelichting en de onderbouwing die zij noemden.
report-findings-empty = Voor dit thema zijn nog geen vragen ingevuld.
report-finding-explanation = Toelichting
report-finding-evidence = Onderbouwing
report-finding-no-explanation = Geen toelichting gegeven.
report-theme-score = Score { $score }
report-theme-counts = { $answered } van { $items } vragen beantwoord · { $na } niet van toepassing · { $dk } weet niet
report-actions = Actieplan
report-actions-intro = De verbetermaatregelen uit deze zelfevaluatie, de meest urgente eerst.
report-actions-none = Er zijn geen verbetermaatregelen vastgelegd.
report-col-action = Actie
report-col-owner = Eigenaar
report-col-deadline = Termijn
report-col-status = Status
report-comparison = Vergelijking met { $previous }
report-comparison-empty-title = Vergelijking met een eerdere zelfevaluatie
report-comparison-none = Er is geen eerdere zelfevaluatie. Deze zelfevaluatie is het startpunt: bij een volgende keer laat dit hoofdstuk zien wat er is veranderd.
report-comparison-overall = Gemiddelde score: { $before } toen, { $now } nu ({ $change }).
report-comparison-up = Vooruitgegaan
report-comparison-down = Achteruitgegaan
report-comparison-same = Gelijk gebleven
report-comparison-new = Nu voor het eerst een score
report-comparison-note = Een verschuiving van een paar tienden kan ook komen doordat andere mensen de vragen invulden of een vraag anders lazen. Kijk daarom vooral naar de toelichting bij de bevindingen.
report-differences = Verschillen tussen invullers
report-differences-intro = Bij deze vragen liggen de antwoorden van de invullers twee niveaus of meer uit elkaar. Een gesprek hierover helpt om tot een gedeeld beeld te komen.
report-differences-none = De invullers zijn het overal in grote lijnen eens: bij geen enkele vraag liggen hun antwoorden twee niveaus of meer uit elkaar.
report-col-question = Vraag
report-col-answers = Antwoorden
report-training = Opleiding in cijfers
report-training-intro = Per functie die de training moet volgen: hoeveel medewerkers er zijn, hoeveel van hen geldig zijn opgeleid, bij hoeveel die geldigheid binnen drie maanden afloopt en hoeveel nog niet zijn begonnen.
report-training-none = Er zijn nog geen medewerkers in Baken geregistreerd.
report-col-role = Functie
report-col-learners = Medewerkers
report-col-valid = Geldig opgeleid
report-col-expiring = Verloopt binnen 3 maanden
report-col-never-started = Nog niet begonnen
report-training-total = Totaal
report-signoff = Vaststelling
report-signoff-intro = Deze zelfevaluatie is besproken en vastgesteld door het college van burgemeester en wethouders van { $municipality } en wordt ter kennisname aangeboden aan de gemeenteraad.
report-signoff-portfolio = Portefeuillehouder
report-signoff-mayor = Burgemeester
report-signoff-name = Naam
report-signoff-date = Datum
report-signoff-signature = Handtekening
report-theme-no-score = Nog geen score
report-level-0-text = Er is niets geregeld.
report-level-1-text = Het gebeurt soms, afhankelijk van wie er is, maar het is niet vastgelegd.
report-level-2-text = Er zijn afspraken of een plan op papier, maar die worden nog niet overal gevolgd.
report-level-3-text = De afspraken worden in de praktijk gevolgd.
report-level-4-text = De werking wordt geëvalueerd en de aanpak wordt op grond daarvan verbeterd.

## Zakkaart

card-doc-title = Zakkaart 'Wie bel ik?' – { $municipality }
card-print-hint = Print deze pagina op ware grootte (100%), op één kant van het papier. Knip de kaart uit langs de snijtekens. Vouw hem dubbel bij de vouwtekens, met de tekst naar buiten.
card-fold = vouwen
card-steps = Wat doet u?
card-step-1 = Schrijf feitelijk op wat u zag of hoorde.
card-step-2 = Blijf er niet mee alleen: overleg met een collega.
card-step-3 = Ernstige zorg? Bel het meldpunt.
card-step-4 = Direct gevaar? Bel 112.
card-missing = Nog niet ingevuld. Schrijf het nummer hier op:
card-update = Klopt een nummer niet meer? Vraag de coördinator om een nieuwe kaart.
card-cli-done = Zakkaart 'Wie bel ik?' voor { $municipality } opgeslagen in { $path }.
card-notes = Andere nummers

## Regio

# Meldingen bij een regiosamenvatting die niet gelezen of samengevoegd kan worden (baken-core: RegionError).
# De opdrachtregel zet de bestandsnaam ervoor.
region-error-too-large = Het bestand is te groot voor een regiosamenvatting ({ $size } kB; hooguit { $max } kB). Is dit wel het goede bestand?
region-error-empty = Het bestand is leeg.
region-error-not-json = Dit is geen regiosamenvatting van Baken: de inhoud is geen JSON (regel { $line }, kolom { $column }).
region-error-truncated = Het bestand houdt halverwege op. Waarschijnlijk is het niet helemaal gekopieerd of verstuurd; vraag de gemeente het opnieuw te sturen.
region-error-not-summary = Dit is geen regiosamenvatting van Baken.
region-error-other-version = Deze regiosamenvatting heeft formaatversie { $found }, maar deze versie van Baken leest alleen versie { $supported }. Maak alle samenvattingen met dezelfde versie van Baken, of werk Baken bij.
region-error-unknown-field = Het bestand bevat een veld dat niet in een regiosamenvatting hoort ('{ $field }'). Een regiosamenvatting bevat alleen scores, zonder namen of toelichtingen; Baken gebruikt dit bestand daarom niet.
region-error-invalid = De inhoud van de regiosamenvatting klopt niet ({ $detail }).
region-error-bad-year = Het jaar { $year } kan niet kloppen.
region-error-bad-region = De naam van de regio is leeg, langer dan { $max } tekens of bestaat uit meer dan één regel.
region-error-theme-count = De samenvatting heeft { $count } thema's; dat moeten er 1 tot { $max } zijn.
region-error-bad-theme-id = '{ $id }' is geen geldige themacode.
region-error-duplicate-theme = Het thema '{ $id }' staat er twee keer in.
region-error-score-out-of-range = Bij het thema '{ $theme }' staat score { $score }, maar scores lopen van 0 tot 4.
region-error-overall-mismatch = De totaalscore is niet het gemiddelde van de themascores. Het bestand is waarschijnlijk met de hand gewijzigd; vraag de gemeente om een nieuwe samenvatting.
region-error-no-summaries = Geef ten minste één regiosamenvatting om samen te voegen.
region-error-too-many-summaries = Dat zijn { $count } samenvattingen; Baken voegt er hooguit { $max } samen.
region-error-mixed-questionnaires = Deze samenvatting is gemaakt met vragenlijst versie { $found }, de eerste met versie { $expected }. Scores op verschillende vragenlijsten zijn niet te vergelijken: voeg ze apart samen.

# baken region export / combine
region-export-done = Regiosamenvatting van '{ $title }' opgeslagen in { $path }. Er staan alleen scores in: geen namen en geen toelichtingen.
region-export-no-region = Let op: het gemeenteprofiel noemt geen regio, dus de samenvatting ook niet. Vul de regio in bij het profiel als de regio de samenvattingen gaat samenvoegen.
region-export-no-size = Let op: het gemeenteprofiel heeft geen aantal inwoners, dus de samenvatting heeft geen grootteklasse.
region-export-demo = Let op: dit is de demogemeente. In het regionale overzicht staat deze samenvatting als demo.
region-file-problem = { $file }: { $message }
region-file-missing = Het bestand bestaat niet.
region-file-unreadable = Het bestand kan niet worden gelezen.
region-file-twice = Dit bestand staat al eerder in de lijst; elke gemeente telt één keer.
region-combine-refused = Er is geen overzicht gemaakt.
region-combine-done = Regionaal overzicht van { $count ->
        [one] 1 gemeente
       *[other] { $count } gemeenten
    } opgeslagen in { $path }.
region-combine-key = Welke letter bij welk bestand hoort (dit staat niet in de PDF):

# Het regionale overzicht (PDF)
region-municipality = Gemeente { $letter }
region-size-lt10k = minder dan 10.000 inwoners
region-size-10k-20k = 10.000 tot 20.000 inwoners
region-size-20k-50k = 20.000 tot 50.000 inwoners
region-size-50k-100k = 50.000 tot 100.000 inwoners
region-size-gte100k = 100.000 inwoners of meer
region-size-unknown = aantal inwoners onbekend
region-size-short-lt10k = < 10.000
region-size-short-10k-20k = 10.000–20.000
region-size-short-20k-50k = 20.000–50.000
region-size-short-50k-100k = 50.000–100.000
region-size-short-gte100k = ≥ 100.000
region-size-short-unknown = onbekend
region-pdf-kind = Regionaal overzicht
region-pdf-title = Zelfevaluaties { $years }
region-pdf-subtitle = De lokale aanpak van radicalisering en extremisme in de gemeenten van de regio, naast elkaar gezet
region-pdf-no-region = Regio niet opgegeven
region-pdf-fact-region = Regio
region-pdf-fact-regions = Regio's
region-pdf-fact-years = Jaar van de zelfevaluatie
region-pdf-fact-municipalities = Gemeenten
region-pdf-fact-sizes = Naar grootte
region-pdf-fact-questionnaire = Vragenlijst
region-pdf-questionnaire-version = versie { $version }
region-pdf-municipality-count = { $count ->
        [one] 1 gemeente
       *[other] { $count } gemeenten
    }
region-pdf-demo-count = waarvan { $count } demo
region-pdf-demo = demo
region-pdf-overall = Regiogemiddelde
region-pdf-out-of = van 4
region-pdf-overall-note = Het gemiddelde van de totaalscores van { $scored } van de { $total } gemeenten; elke gemeente telt even zwaar.
region-pdf-overall-note-all = Het gemiddelde van de totaalscores van alle { $total } gemeenten; elke gemeente telt even zwaar.
region-pdf-strongest = Sterkst in de regio
region-pdf-weakest = Meeste ruimte voor verbetering
region-pdf-none = Nog geen scores.
region-pdf-about = Zo leest u dit overzicht
region-pdf-note-ranking = De scores zijn zelfbeoordelingen: elke gemeente heeft haar eigen aanpak beoordeeld, op een schaal van 0 (niet aanwezig) tot 4 (geëvalueerd en verbeterd). Ze laten zien waar de regio staat en waar samenwerken kan helpen. Ze zijn niet bedoeld om gemeenten met elkaar te vergelijken of te rangschikken.
region-pdf-note-anonymous = De gemeenten staan er zonder naam in, als Gemeente A, B, C enzovoort, in de volgorde waarin de samenvattingen zijn samengevoegd. Een samenvatting bevat alleen de scores, het jaar, de regio en een grootteklasse: geen namen van personen en geen toelichtingen.
region-pdf-note-missing = Een streepje (–) betekent dat de gemeente bij dat thema geen score heeft, bijvoorbeeld omdat geen enkele vraag is beantwoord. Het regiogemiddelde telt alleen de gemeenten met een score.
region-pdf-footer = Zelfbeoordeling door de gemeenten zelf – niet bedoeld om gemeenten te rangschikken
region-pdf-chart-title = Regiogemiddelde per thema
region-pdf-chart-intro = De balk is het gemiddelde van de gemeenten met een score bij dat thema; de lijn eronder loopt van de laagste tot de hoogste score in de regio. Waar de lijn lang is, kunnen gemeenten veel van elkaar leren.
region-pdf-chart-alt = Staafdiagram met het regiogemiddelde per thema op een schaal van 0 tot 4, met een lijn van de laagste tot de hoogste score. Dezelfde cijfers staan in de tabel hierna.
region-pdf-chart-mean = Regiogemiddelde
region-pdf-chart-range = Laagste tot hoogste score
region-pdf-themes = Per thema
region-pdf-themes-intro = Het regiogemiddelde per thema, de laagste en de hoogste score, en hoeveel gemeenten bij het thema een score hebben.
region-pdf-col-number = Nr.
region-pdf-col-theme = Thema
region-pdf-col-mean = Gemiddelde
region-pdf-col-lowest = Laagste
region-pdf-col-highest = Hoogste
region-pdf-col-scored = Gemeenten met score
region-pdf-scored-of = { $scored } van { $total }
region-pdf-table = Per gemeente
region-pdf-table-intro = De score per thema en de totaalscore van elke gemeente. De nummers boven de kolommen zijn de thema's uit de tabel 'Per thema'; de onderste regel is het regiogemiddelde.
region-pdf-col-municipality = Gemeente
region-pdf-col-inhabitants = Inwoners
region-pdf-col-year = Jaar
region-pdf-col-overall = Totaal
region-pdf-mean-row = Regiogemiddelde

## Voortgang tussen laptops: exporteren en samenvoegen (baken export / baken import)
records-export-done = { $learners ->
        [one] 1 profiel
       *[other] { $learners } profielen
    } en { $events ->
        [one] 1 gebeurtenis
       *[other] { $events } gebeurtenissen
    } opgeslagen in { $path }. Lees het op de andere laptop in bij 'Overzicht' of met 'baken import'.
records-xapi-done = { $statements ->
        [one] 1 xAPI-statement
       *[other] { $statements } xAPI-statements
    } over { $learners ->
        [one] 1 medewerker
       *[other] { $learners } medewerkers
    } opgeslagen in { $path }.
records-passphrase-missing = Zet de wachtwoordzin in de omgevingsvariabele BAKEN_PASSPHRASE (niet op de opdrachtregel: daar blijft hij zichtbaar).
records-passphrase-short = Kies een wachtwoordzin van minstens { $min } tekens.
records-export-which = Meer medewerkers heten '{ $name }'. Geef het nummer (id) van de juiste:
records-import-done = { $file }: { $learners ->
        [one] 1 nieuw profiel
       *[other] { $learners } nieuwe profielen
    }, { $events ->
        [one] 1 nieuwe gebeurtenis
       *[other] { $events } nieuwe gebeurtenissen
    } ({ $known } stonden er al).
records-import-own = Dit bestand komt van deze laptop zelf; er stond niets nieuws in.
records-import-other-municipality = Let op: dit bestand komt van { $there }, en deze laptop hoort bij { $here }.
records-import-same-name = Let op: er stond al iemand met de naam '{ $name }' op deze laptop, met een eigen profiel. Baken voegt profielen nooit alleen op naam samen. Is het dezelfde persoon, laat een trainer de profielen dan samenvoegen.
records-file-problem = { $file }: { $message } Er is niets uit dit bestand ingelezen.
records-file-missing = Het bestand bestaat niet.
records-file-unreadable = Het bestand kan niet worden gelezen.
records-error-too-large = Het bestand is te groot ({ $size } MB; hooguit { $max } MB). Is dit wel een voortgangsbestand van Baken?
records-error-empty = Het bestand is leeg.
records-error-not-records = Dit is geen voortgangsbestand van Baken.
records-error-truncated = Het bestand houdt halverwege op. Waarschijnlijk is het niet helemaal gekopieerd; exporteer het opnieuw op de andere laptop.
records-error-damaged = Het bestand is beschadigd of achteraf gewijzigd: de inhoud is niet meer dezelfde als bij het exporteren. Exporteer het opnieuw op de andere laptop.
records-error-newer = Dit bestand is gemaakt met een nieuwere versie van Baken (formaatversie { $found }; deze versie leest tot en met versie { $supported }). Werk Baken op deze laptop bij.
records-error-invalid = Regel { $line } van het bestand klopt niet ({ $detail }).
records-error-needs-passphrase = Dit bestand is beveiligd met een wachtwoordzin. Vul de wachtwoordzin in die bij het opslaan is gekozen.
records-error-wrong-passphrase = De wachtwoordzin klopt niet, of het bestand is beschadigd. Probeer het opnieuw; lukt het niet, sla het bestand dan opnieuw op op de andere laptop.

## Overzicht voor trainers en coördinatoren
nav-overview = Overzicht
overview-title = Wie is getraind?
overview-intro = Per medewerker: hoeveel van de verplichte modules voor de functie zijn afgerond, en tot wanneer dat geldig is. Een afgeronde module blijft { $months } maanden geldig.
overview-count = { $total ->
        [one] { $shown } van 1 medewerker
       *[other] { $shown } van { $total } medewerkers
    }
overview-filter-role = Functie
overview-filter-department = Afdeling
overview-filter-state = Stand
overview-filter-all = Alle
overview-col-name = Naam
overview-col-role = Functie
overview-col-department = Afdeling
overview-col-done = Verplicht afgerond
overview-col-valid-until = Geldig tot
overview-col-state = Stand
overview-done = { $valid } van { $required }
overview-state-valid = Getraind
overview-state-expiring = Verloopt binnenkort
overview-state-in-progress = Bezig
overview-state-expired = Verlopen
overview-state-never-started = Nog niet begonnen
overview-state-none-required = Geen verplichte modules
overview-empty = Er zijn nog geen medewerkers op deze laptop. Medewerkers maken zelf een profiel aan bij 'Leren'. Werken zij op een andere laptop, lees hun voortgang dan hieronder in.
overview-none-match = Geen medewerkers bij deze keuze.
overview-export = Overzicht opslaan als CSV
overview-file = Wie is getraind
overview-saved = Opgeslagen als { $path }.
records-title = Voortgang tussen laptops
records-intro = Werken medewerkers op verschillende laptops? Sla op elke laptop de voortgang op in een bestand, neem het mee op een USB-stick of via een netwerkmap, en lees het hier in. Wat er al stond, komt er niet dubbel in.
records-export = Voortgang van deze laptop opslaan
records-saving = Bezig met opslaan…
records-saved = Opgeslagen als { $path }. Neem dit bestand mee naar de andere laptop.
records-file = voortgang
records-personal-data = Dit bestand bevat de namen, functies en afdelingen van medewerkers en hun voortgang in de cursus. Bewaar en vervoer het zorgvuldig, en verwijder het als het is ingelezen.
records-personal-data-open = Het is niet beveiligd: gaat het op een USB-stick mee, kies dan 'Beveiligen met een wachtwoordzin'.
records-personal-data-open-cli = Het is niet beveiligd: gaat het op een USB-stick mee, gebruik dan --encrypt.
records-seal = Beveiligen met een wachtwoordzin
records-seal-hint = Minstens 8 tekens. Vertel de wachtwoordzin aan wie het bestand inleest, niet via dezelfde weg als het bestand.
records-passphrase = Wachtwoordzin
records-import-passphrase-hint = Alleen nodig als het bestand beveiligd is.
records-import-label = Voortgangsbestand van een andere laptop (.baken)
records-import = Inlezen
records-importing = Bezig met inlezen…
records-import-choose = Kies eerst een bestand.

## Wat de groep moeilijk vindt (Overzicht)
analysis-title = Wat de groep moeilijk vindt
analysis-intro = Uit de eerste pogingen van alle medewerkers op deze laptop. Gebruik dit om een training of werkoverleg voor te bereiden.
analysis-items = Kennisvragen die het vaakst fout gaan
analysis-item-correct = { $percent }% goed, van { $answers ->
        [one] 1 antwoord
       *[other] { $answers } antwoorden
    }
analysis-item-mistake = Vaakst gekozen fout antwoord: '{ $option }' ({ $count } keer).
analysis-item-discrimination = Onderscheidend vermogen: { $value }.
analysis-item-discrimination-low = Deze vraag onderscheidt nauwelijks wie het weet van wie niet: kijk of de vraag duidelijk is.
analysis-per-module = Alle kennisvragen van een module
analysis-module = Module
analysis-col-question = Vraag
analysis-col-answers = Antwoorden
analysis-col-correct = Goed
analysis-col-mistake = Vaakst gekozen fout antwoord (aantal)
analysis-col-discrimination = Onderscheidend vermogen
analysis-discrimination-note = Het onderscheidend vermogen staat er vanaf { $min } antwoorden: het aandeel goed bij de beste 27% min dat bij de zwakste 27%, gerangschikt naar de score op de kennistoets. Onder 0,2 onderscheidt de vraag nauwelijks.
analysis-steps = Beslismomenten in casussen die het vaakst misgaan
analysis-step-poor = { $poor } van { $learners } kozen eerst een zwakke aanpak
analysis-step-common = Vaakst gekozen: '{ $choice }'
analysis-none-wrong = Hier ging nog niets fout.
analysis-none = Nog niets om te laten zien.
analysis-months = Modules afgerond per maand (laatste 12 maanden)
analysis-month = Maand
analysis-completions = Afgerond

## Pincode voor trainers en coördinatoren
unlock-title = Alleen voor trainers en coördinatoren
unlock-text = Dit deel van Baken toont de voortgang van collega's en de zelfevaluatie van de gemeente. Vul de pincode in om het te openen. Het blijft open tot u op 'Vergrendelen' klikt of Baken sluit.
unlock-button = Ontgrendelen
lock-button = Vergrendelen
pin-label = Pincode
pin-title = Pincode voor trainers en coördinatoren
pin-not-set = Er is nog geen pincode. Stel er een in als meer mensen deze laptop gebruiken: dan zien medewerkers alleen hun eigen voortgang, en niet het overzicht, de workshops, de gemeente of de zelfevaluatie.
pin-is-set = Er is een pincode ingesteld. Overzicht, Workshops, Gemeente en Zelfevaluatie gaan pas open met die pincode.
pin-hint = Minstens 4 tekens. Baken bewaart alleen een versleutelde vorm, niet de pincode zelf.
pin-new = Nieuwe pincode
pin-set = Pincode instellen
pin-change = Pincode wijzigen
pin-remove = Pincode verwijderen
pin-saved = De pincode is opgeslagen.
pin-removed = De pincode is verwijderd. Iedereen op deze laptop kan deze delen nu openen.

## Workshops
nav-workshops = Workshops
workshops-title = Workshops
workshops-intro = Geef een module klassikaal: maak een workshop aan, vink aan wie er waren en bespreek de casussen met de groep op het grote scherm. Na het aftekenen telt de workshop voor iedere aanwezige als afgeronde module, met de aantekening 'klassikaal'.
workshops-none = Er zijn nog geen workshops.
workshops-col-date = Datum
workshops-col-module = Module
workshops-col-place = Plaats
workshops-col-attendees = Aanwezig
workshops-col-state = Stand
workshops-planned = Nog niet afgetekend
workshops-signed-off = Afgetekend op { $date }
workshops-open = Openen
workshops-open-label = Workshop van { $date } openen
workshops-new = Nieuwe workshop
workshops-field-date = Datum
workshops-field-place = Plaats
workshops-field-place-hint = Bijvoorbeeld 'Raadzaal' of 'Bibliotheek, zaal 2'.
workshops-place-required = Vul in waar de workshop is.
workshops-trainer-required = Vul de naam van de trainer in.
workshops-field-trainer = Trainer
workshops-field-module = Module
workshops-field-cases = Casussen om te bespreken
workshops-create = Workshop aanmaken
workshops-back = Terug naar alle workshops
workshop-heading = { $module }
workshop-meta = { $date } · { $place } · trainer { $trainer }
workshop-attendance = Wie waren er?
workshop-attendance-hint = Vink de aanwezigen aan. Iemand die nog geen profiel heeft, voegt u hieronder toe.
workshop-attendance-count = { $count ->
    [one] 1 aanwezige
   *[other] { $count } aanwezigen
}
workshop-no-learners = Er zijn nog geen profielen op deze laptop.
workshop-new-attendee = Nieuwe deelnemer
workshop-attendee-name = Naam
workshop-attendee-role = Functie
workshop-attendee-add = Toevoegen
workshop-cases = Casussen
workshop-cases-hint = Open een casus op het grote scherm. Bij elk beslismoment vraagt u de groep te kiezen en vult u in hoeveel mensen elke keuze maakten. Baken bewaart alleen die aantallen, niet wie wat koos.
workshop-present = Presenteren
workshop-present-label = '{ $case }' presenteren
workshop-answered = { $count ->
    [0] nog niet besproken
    [one] 1 beslismoment besproken
   *[other] { $count } beslismomenten besproken
}
workshop-sign-off-title = Aftekenen
workshop-sign-off-text = Na het aftekenen telt deze workshop voor { $count ->
    [one] de aanwezige
   *[other] de { $count } aanwezigen
} als afgeronde module '{ $module }', klassikaal gevolgd op { $date }. Daarna kunt u de workshop niet meer wijzigen.
workshop-sign-off = Workshop aftekenen
workshop-sign-off-confirm = Ja, definitief aftekenen
workshop-sign-off-cancel = Toch niet
workshop-sign-off-sure = Weet u het zeker? Aftekenen kan niet ongedaan worden gemaakt.
workshop-signed-off = Deze workshop is afgetekend op { $date }. De aanwezigen hebben de module klassikaal afgerond.
workshop-closed-note = Afgetekend: u kunt de casussen nog tonen, maar niets meer wijzigen.

## Presentatie
present-label = Presentatie
present-position = Casus { $current } van { $total }
present-step = Beslismoment { $n }
present-ending = Zo liep het af
present-path = De groep koos:
present-situation = De situatie opnieuw bekijken
present-count-legend = Hoeveel mensen kozen dit?
present-count-label = Aantal voor '{ $option }'
present-reveal = Toon de uitkomst
present-total = { $total ->
    [one] 1 stem
   *[other] { $total } stemmen
}
present-most = meeste stemmen
present-go-on = Verder met '{ $option }'
present-tie = Gelijke stand. Kies samen met welke keuze de groep verdergaat:
present-back = Vorige stap
present-next-case = Volgende casus
present-close = Presentatie sluiten
present-keys = Toetsen: → of spatie verder · ← terug · Esc sluiten
present-votes = { $count } ({ $percent }%)

## Klassikaal afgerond
module-completed-classroom = Klassikaal afgerond op { $date }
cert-classroom = Klassikaal
error-unknown-workshop = Deze workshop bestaat niet (meer) op deze laptop.
error-workshop-closed = Deze workshop is al afgetekend. Daarna verandert er niets meer aan.
error-no-attendees = Vink eerst aan wie er waren. Een workshop zonder aanwezigen kunt u niet aftekenen.
error-not-yet-held = De workshop is op { $date }. U kunt hem vanaf die dag aftekenen.
error-no-counts = Vul bij minstens één keuze in hoeveel mensen die maakten.
error-invalid-count = Vul een aantal in van 0 tot en met { $max }.

## Dezelfde naam, meer profielen
same-title = Eén persoon, meer profielen?
same-intro = Deze profielen hebben dezelfde naam. Soms is dat één collega die op twee laptops werkte, soms zijn het twee verschillende mensen. Baken voegt profielen nooit zelf samen: u beslist.
same-created = profiel gemaakt op { $date }
same-activity = { $count ->
    [one] 1 stap vastgelegd
   *[other] { $count } stappen vastgelegd
}, laatst op { $date }
same-no-activity = nog niets vastgelegd
same-merge = Dit is één persoon: samenvoegen
same-apart = Dit zijn verschillende mensen
same-merge-sure = De voortgang van { $count ->
    [one] dit profiel
   *[other] deze { $count } profielen
} telt dan als die van één persoon, onder het profiel van { $date }. Er wordt niets verwijderd, maar samenvoegen kunt u niet terugdraaien.
same-merge-confirm = Ja, samenvoegen
same-cancel = Annuleren
same-merged = De profielen van '{ $name }' zijn samengevoegd tot één persoon.
same-kept-apart = De profielen van '{ $name }' blijven apart. Baken vraagt er niet meer naar.

## Reservekopieën
backup-reason-daily = dagelijks
backup-reason-upgrade = voor een update
backup-reason-import = voor inlezen
backup-reason-manual = met de hand
backup-reason-restore = voor terugzetten
backups-title = Reservekopieën
backups-intro = Baken maakt zelf reservekopieën van alle gegevens op deze laptop: elke dag dat Baken gebruikt wordt, voor een update van Baken en voor het inlezen van voortgang. De laatste { $keep } blijven bewaard, in de map { $dir }.
backups-none = Er is nog geen reservekopie.
backups-col-date = Gemaakt op
backups-col-reason = Waarom
backups-col-size = Grootte
backups-size = { $mb } MB
backups-make = Nu een reservekopie maken
backups-made = De reservekopie is gemaakt.
backups-restore = Terugzetten
backups-restore-label = Reservekopie van { $date } terugzetten
backups-restore-sure = Alles gaat terug naar hoe het was op { $date }. Wat daarna is vastgelegd, bewaart Baken eerst als reservekopie, zodat er niets verloren gaat.
backups-restore-confirm = Ja, terugzetten
backups-cancel = Annuleren
damaged-title = De gegevens van Baken zijn beschadigd
damaged-text = Zet de laatste goede reservekopie terug; het beschadigde bestand blijft apart bewaard, voor als iemand het later wil onderzoeken.
damaged-latest = Laatste reservekopie: { $date } ({ $reason }).
damaged-restore = Deze reservekopie terugzetten
damaged-no-backup = Er is geen reservekopie van deze gegevens. Vraag de beheerder van deze laptop om hulp.
restored-title = De reservekopie is teruggezet
restored-saved = De gegevens van vlak voor het terugzetten staan in de reservekopie '{ $file }'.
restored-aside = Het beschadigde bestand is bewaard als { $path }.
restored-continue = Verder met Baken
cli-backup-line = { $file }  { $date }  { $reason }  { $size } MB
cli-backup-none = Er is nog geen reservekopie.
cli-backup-made = Reservekopie gemaakt: { $line }
cli-key-passphrase = Wachtwoordzin van de gegevens
cli-key-new-passphrase = Kies een wachtwoordzin voor de gegevens (minstens 10 tekens)
cli-key-again = Typ de wachtwoordzin nog eens
cli-key-different = De twee wachtwoordzinnen zijn niet gelijk. Er is niets veranderd.
cli-key-no-store = Deze computer heeft geen sleutelbewaarplaats. Baken versleutelt de gegevens met een wachtwoordzin die u nu kiest; Baken vraagt die bij elke start.
cli-key-use-recover = Gebruik 'baken recover' met de herstelcode van het vel dat bij de installatie is gemaakt.
cli-key-new-code = Nieuwe herstelcode voor deze gegevens: { $code }
    Bewaar hem op een veilige plek, los van deze computer. In de app staat hij onder Gemeente → Herstelcode; daar maakt u er ook een vel van.
cli-key-passphrase-env = Zet de wachtwoordzin van de gegevens in de omgevingsvariabele BAKEN_KEY_PASSPHRASE, of start de opdracht in een terminal.
cli-recover-exists = Er staat al een database in { $path }. Kies een lege map met --data-dir; er is niets veranderd.
cli-recover-code = Herstelcode
cli-recover-kept-store = De sleutel staat nu in de sleutelbewaarplaats van deze computer.
cli-recover-kept-file = De sleutel staat nu in { $path }, beveiligd met de nieuwe wachtwoordzin.
cli-recover-done = Hersteld: { $path } ({ $municipality }, { $learners } medewerkers). { $kept }
cli-backup-restored = Reservekopie { $file } is teruggezet.
cli-backup-saved-first = De gegevens van daarvoor staan in de reservekopie { $file }.
cli-backup-put-aside = Het beschadigde bestand is bewaard als { $path }.
cli-backup-before-import = Reservekopie gemaakt voor het inlezen: { $file }
error-damaged = Het gegevensbestand { $path } is beschadigd. Baken heeft er niets aan veranderd.
error-unknown-backup = Er is geen reservekopie met de naam '{ $file }'.
error-bad-backup = Het bestand { $path } is geen bruikbare reservekopie van Baken. Er is niets veranderd.
error-passphrase-needed = De gegevens van Baken zijn versleuteld. Typ de wachtwoordzin om ze te openen.
error-passphrase-choose = Deze computer heeft geen sleutelbewaarplaats. Kies een wachtwoordzin: daarmee versleutelt Baken de gegevens.
error-recovery-needed = De sleutel van deze gegevens staat niet op deze computer. Typ de herstelcode van het vel dat bij de installatie is gemaakt.
error-wrong-passphrase = Deze wachtwoordzin klopt niet. Er is niets veranderd.
error-bad-key-file = Het sleutelbestand { $path } is beschadigd of niet van Baken. Gebruik de herstelcode.
error-key-store = De sleutelbewaarplaats van deze computer bewaarde de sleutel niet ({ $detail }). Er is niets veranderd.
error-bad-recovery-code = Deze herstelcode klopt niet: er zit een typfout in. Kijk elk teken na; een herstelcode heeft 32 tekens in 8 groepjes van 4.
error-key-mismatch = Deze sleutel of herstelcode past niet bij { $path }, of het bestand is niet van Baken. Baken heeft er niets aan veranderd.

## De versleutelde gegevens openen (OpenData.svelte) en de herstelcode (RecoverySection.svelte)
open-data-title-passphrase = De gegevens openen
open-data-title-choose = Kies een wachtwoordzin
open-data-title-code = Herstelcode invoeren
open-data-text-passphrase = Baken bewaart de gegevens versleuteld op deze computer. Deze computer heeft geen sleutelbewaarplaats, dus Baken vraagt bij elke start de wachtwoordzin.
open-data-text-choose = Baken versleutelt de gegevens op deze computer. Deze computer heeft geen sleutelbewaarplaats; kies daarom een wachtwoordzin. Baken vraagt die bij elke start. Daarna krijgt u ook een herstelcode, voor als de wachtwoordzin kwijt is.
open-data-text-code = Typ de herstelcode van het vel dat bij de installatie is gemaakt. Daarmee opent Baken de gegevens op deze computer.
open-data-code = Herstelcode
open-data-code-hint = 32 tekens in 8 groepjes van 4, bijvoorbeeld 7K3M-Q9XD-…; kleine letters en spaties mogen ook.
open-data-passphrase = Wachtwoordzin
open-data-new-passphrase = Nieuwe wachtwoordzin
open-data-new-hint = Minstens 10 tekens. Een zin van een paar woorden is sterk en goed te onthouden.
open-data-again = Typ de wachtwoordzin nog eens
open-data-mismatch = De twee wachtwoordzinnen zijn niet gelijk.
open-data-button-passphrase = Openen
open-data-button-choose = Wachtwoordzin instellen
open-data-button-code = Openen met de herstelcode
open-data-forgot = Wachtwoordzin vergeten? Gebruik de herstelcode.
open-data-back = Terug naar de wachtwoordzin
recovery-title = Herstelcode
recovery-kept-store = De gegevens zijn versleuteld. De sleutel staat in de sleutelbewaarplaats van deze computer, onder uw gebruikersaccount.
recovery-kept-file = De gegevens zijn versleuteld. De sleutel staat in { $path }, beveiligd met de wachtwoordzin.
recovery-intro = Met de herstelcode opent u de gegevens op een andere computer, bijvoorbeeld als deze laptop niet meer werkt. Druk het herstelvel af en bewaar het op een veilige plek, los van de laptop.
recovery-code-label = Herstelcode, in 8 groepjes van 4 tekens
recovery-show = Herstelcode tonen
recovery-hide = Herstelcode verbergen
recovery-make-sheet = Herstelvel maken (pdf)
recovery-sheet-made = Het herstelvel staat in { $path }. Druk het af en verwijder daarna het bestand.
recovery-confirmed = Op { $date } is bevestigd dat de herstelcode veilig bewaard wordt.
recovery-pending = Nog niet bevestigd: is de herstelcode veilig bewaard?
recovery-confirm = Ik heb de herstelcode veilig bewaard
recovery-banner = Bewaar de herstelcode van deze gegevens, voor als deze laptop niet meer werkt.
recovery-banner-go = Naar de herstelcode

## Verwijderen (AVG)
overview-col-actions = Acties
remove-learner = Verwijderen
remove-learner-label = { $name } verwijderen
remove-learner-sure = { $name } en alle voortgang worden definitief verwijderd, ook samengevoegde profielen. Laptops die later voortgang van deze laptop inlezen, verwijderen { $name } dan ook. Certificaten van deze persoon zijn daarna niet meer te controleren. Oudere reservekopieën bevatten de gegevens nog tot ze worden opgeruimd.
remove-learner-confirm = Ja, definitief verwijderen
remove-learner-cancel = Annuleren
remove-learner-done = { $name } is verwijderd.
retention-title = Bewaartermijn
retention-intro = Bewaar gegevens van medewerkers niet langer dan nodig. Met een bewaartermijn ziet u wie al zo lang niet actief is geweest, en kunt u hen in één keer verwijderen. Baken verwijdert nooit iemand zonder dat u het bevestigt.
retention-label = Verwijderen na
retention-off = Uit (niets verwijderen)
retention-years = { $years ->
    [one] 1 jaar zonder activiteit
   *[other] { $years } jaar zonder activiteit
}
retention-preview = { $count ->
    [one] 1 medewerker is
   *[other] { $count } medewerkers zijn
} langer dan { $years } jaar niet actief geweest:
retention-last-active = laatst actief op { $date }
retention-apply = { $count ->
    [one] Deze medewerker verwijderen
   *[other] Deze { $count } medewerkers verwijderen
}
retention-sure = { $count ->
    [one] Deze medewerker wordt
   *[other] Deze { $count } medewerkers worden
} met alle voortgang definitief verwijderd. Dit kunt u niet terugdraaien.
retention-confirm = Ja, definitief verwijderen
retention-done = { $count ->
    [one] 1 medewerker is verwijderd.
   *[other] { $count } medewerkers zijn verwijderd.
}
retention-nobody = Niemand is langer dan { $years } jaar niet actief geweest.
workshop-attendee-hint = Alleen collega's die de workshop volgden, nooit inwoners.

## Herstelcode (PDF om in een kluis te bewaren; baken-report: recovery_sheet_pdf)
recovery-sheet-doc-title = Herstelcode Baken – { $municipality }
recovery-sheet-title = Herstelcode
recovery-sheet-confidential = Vertrouwelijk
recovery-sheet-lead = Met deze code opent u de gegevens van Baken op een andere computer.
recovery-sheet-made-on = Gemaakt op
recovery-sheet-computer = Computer
recovery-sheet-computer-unknown = Niet bekend
recovery-sheet-code = Herstelcode
recovery-sheet-code-hint = Acht groepen van vier tekens: cijfers en hoofdletters. De letters I, L, O en U komen niet voor. Een rond teken is dus altijd het cijfer nul (0).
recovery-sheet-why-title = Waarvoor is deze code?
recovery-sheet-why = Baken beveiligt zijn gegevens op deze laptop met een sleutel. Die sleutel staat alleen op deze laptop. Gaat de laptop kapot, of raakt de sleutel kwijt? Dan opent u de gegevens met deze code op een andere computer.
recovery-sheet-keep-title = Bewaar dit blad veilig
recovery-sheet-keep-lock = Berg dit blad op achter slot, bijvoorbeeld in een kluis.
recovery-sheet-keep-apart = Bewaar het nooit bij de laptop. Maak er geen foto van en zet de code niet op een computer.
recovery-sheet-keep-risk = Wie deze code heeft én een kopie van de gegevens, kan alles lezen wat Baken bewaart, zoals de namen en de voortgang van medewerkers.
recovery-sheet-use-title = Zo gebruikt u de code
recovery-sheet-use-app = In Baken: vraagt Baken om de herstelcode, dan ziet u het scherm 'Herstelcode invoeren'. Typ daar de code over.
recovery-sheet-use-cli = Op de opdrachtregel: typ op de andere computer de opdracht hieronder. Vul bij <bestand> de kopie van de gegevens in, en bij <map> de map waarin Baken op die computer zijn gegevens bewaart. Typ daarna de code.
recovery-sheet-command = baken recover --from <bestand> --data-dir <map>
recovery-sheet-lost-title = Kwijt of in verkeerde handen?
recovery-sheet-lost = Bent u dit blad kwijt? Of denkt u dat iemand anders de code heeft gezien? Neem dan meteen contact op met wie Baken in uw gemeente beheert, bijvoorbeeld de afdeling ICT.
recovery-sheet-dispose = Niet meer nodig? Gooi dit blad niet bij het oud papier, maar in de bak voor vertrouwelijk papier of in de papierversnipperaar.
recovery-sheet-footer = Baken · Herstelcode · { $municipality }
