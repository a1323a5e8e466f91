# Baken — English texts. Every message is also in nl.ftl (a test checks that).
# Used by the app (ui/), the command line (baken) and later the report.

app-name = Baken
app-tagline = Recognise signals of radicalisation, and know what to do
skip-to-content = Skip to content
language-label = Language
language-switch = Nederlands
language-switch-label = Overschakelen naar Nederlands
loading = One moment…
saving = Saving…
close = Close

## Onboarding

onboarding-title = Welcome to Baken
onboarding-intro = Baken helps the staff of your municipality recognise signals of radicalisation, and know what to do and whom to call. Everything stays on this laptop; no internet is needed.
onboarding-demo-title = Look around first
onboarding-demo-text = Zilverdam is a fictional municipality with five staff members and their progress. Useful to get to know Baken or to show it in a training.
onboarding-demo-button = Try the demo municipality
onboarding-own-title = Set up your own municipality
onboarding-own-text = Enter the name of your municipality. You can add the other details later.
onboarding-own-button = Save municipality

field-municipality-name = Name of the municipality
field-cbs-code = CBS code
field-cbs-code-hint = Optional. For example GM0123.
field-inhabitants = Number of inhabitants
field-inhabitants-hint = Optional.
field-region = Region or Zorg- en Veiligheidshuis
field-region-hint = Optional.
field-pin = PIN for trainers and coordinators
field-pin-hint = Recommended when more people use this laptop: the overview, the workshops, the municipality and the self-assessment then open only with this PIN. At least 4 characters. Can also be done later, under Municipality.

## Profiles

profile-choose-title = Who are you?
profile-choose-intro = Several colleagues use this laptop. Choose your own profile, so your progress stays with you.
profile-choose-empty = There are no profiles yet. Create yours below.
profile-new-title = New profile
profile-new-text = Enter only your own details, never those of residents.
profile-new-button = Create profile
profile-rename = change name
profile-rename-save = Save name
profile-rename-cancel = Cancel
profile-switch = Choose another profile
field-learner-name = Your name
field-role = Your role
field-department = Department
field-department-hint = Optional.

role-baliemedewerker = Civil affairs desk officer
role-wijkteam = Neighbourhood team member
role-leerplicht = School attendance officer
role-wmo-consulent = Social support (Wmo) consultant
role-boa = Enforcement officer (boa)
role-jongerenwerker = Youth worker
role-klantmanager = Benefits client manager
role-beleid = Policy officer or public order adviser
role-overig = Other role

## Home

home-greeting = Welcome, { $name }
home-required = { $valid } of { $total } modules required for your role completed and valid
home-next-expiry = The first completion expires on { $date }. A refresher is needed after that.
module-required = Required for your role
module-optional = Extra, not required for your role
home-modules-title = Your modules
home-demo-banner = Demo municipality: all names and data are fictional.
home-municipality = Municipality of { $name }
module-minutes = about { $minutes } minutes
module-not-started = Not started
module-in-progress = In progress since { $date }
module-completed = Completed on { $date }, score { $score }%
module-valid-until = Valid until { $date }
module-expired = Expired on { $date }. Time for a refresher.

## Reading a module

module-start = Start
module-continue = Continue
module-review = Review
module-breadcrumb = Breadcrumb
page-position = Page { $current } of { $total }
page-previous = Previous page
page-next = Next page
page-back-to-modules = Back to your modules
to-case = Go to the case
to-check = Go to the knowledge check
toc-case = Case
toc-check = Check
case-position = Case { $current } of { $total }
case-you-chose = You chose:
case-step = What do you do? (choice { $n })
case-ending = How it ends
case-choices = Your choices
case-colleagues = How colleagues on this laptop chose ({ $total } answers, everyone's first choice)
case-colleagues-mine = your choice
case-restart = Play the case again
case-next = Next case
quality-good = A good choice.
quality-acceptable = A reasonable choice, but it could be better.
quality-poor = Not a good choice.
setting-balie = At the counter
setting-huisbezoek = On a home visit
setting-school = At school
setting-wijk = In the neighbourhood
setting-online = Online
setting-kantoor = At the office
setting-jongerenwerk = In youth work
setting-anders = Elsewhere
check-title = Knowledge check
check-position = Question { $current } of { $total }
check-attempt = attempt { $attempt }
check-hint-single = Choose one answer.
check-hint-multiple = Choose all answers that are right.
check-hint-sort = For each statement, choose the right group.
check-hint-order = Put the steps in the right order with the arrow buttons.
check-move-up = Move { $step } up
check-move-down = Move { $step } down
check-submit = Check answer
check-next = Next question
check-to-result = See the result
check-right = Right!
check-wrong = Not right
check-correct-option = right
check-your-choice = your choice
check-belongs-to = belongs to: { $category }
check-you-chose = you chose: { $category }
result-passed-title = Passed
result-failed-title = Not passed yet
result-score = Your score: { $score }% ({ $correct } of { $total } right)
result-passed-text = You passed the check (needed: { $mark }%). The module now counts as completed in your progress.
result-failed-text = This check needs { $mark }%. Read the explanations again and try once more; you can do so as often as you like.
result-retake = Take the check again
refresher-title = Refresh
refresher-due = { $count ->
    [one] 1 question is ready to refresh.
   *[other] { $count } questions are ready to refresh.
} It takes about 5 minutes.
refresher-start = Refresh
refresher-from = From: { $module }
refresher-left = { $count ->
    [one] 1 question left
   *[other] { $count } questions left
}
refresher-finish = Done
refresher-done-title = All refreshed
refresher-done-score = Today you answered { $right } of { $total } questions correctly. Questions you got wrong come back tomorrow; right answers come back later each time.
refresher-nothing-due = No questions are due now. After you take a check, its questions come back after a day to refresh.
effect-pre-title = Before you start
effect-post-title = After the course
effect-pre-offer = Before you start: six short questions and one question on how sure you feel. This shows your municipality what the course achieves. It takes about 3 minutes.
effect-post-offer = You have completed all required modules. Answer the same questions once more, and see what the course has given you.
effect-start = Start
effect-skip = Skip
effect-next = Next
effect-intro = There is no right or wrong answer here. Choose what fits you best now.
effect-statement = I know what to do when I notice a signal of radicalisation.
effect-level-1 = 1 – not at all
effect-level-2 = 2 – a little
effect-level-3 = 3 – fairly
effect-level-4 = 4 – mostly
effect-level-5 = 5 – completely
effect-pre-done = Thank you. After the required modules you will get the same questions again.
effect-before = Before the course
effect-after = After the course
effect-score = { $right } of { $total } questions right; confidence { $confidence } of 5
contact-meldpunt = Reporting point for radicalisation
contact-aov = Public order adviser (AOV)
contact-zvh = Zorg- en Veiligheidshuis
contact-wijkagent = Community police officer
contact-not-filled-in = contact details not filled in yet

## Errors (the code is in baken-core: ErrorCode)

error-start-hint = Baken cannot start like this. Close Baken, solve the problem (or ask your IT department for help) and start Baken again. Your data has not been changed.
error-title = That did not work
error-name-required = Please enter a name.
error-name-too-long = Use at most { $max } characters.
error-invalid-cbs-code = A CBS code is GM followed by four digits, for example GM0123.
error-invalid-inhabitants = Enter a number of inhabitants between 1 and { $max }.
error-invalid-phone = '{ $value }' is not a phone number. Use digits, for example 0900-8844 or +31 20 123 45 67.
error-invalid-email = '{ $value }' is not an e-mail address. An e-mail address looks like name@municipality.nl.
error-invalid-level = Choose a level from 0 to 4, or 'not applicable' or 'don't know'.
error-text-too-long = This text is too long: use at most { $max } characters.
error-unknown-assessment = This self-assessment does not exist (any more) on this laptop.
error-assessment-exists = There is already a self-assessment on this date. Open it, or choose another date.
error-unknown-item = The questionnaire has no item { $id }. It may belong to an older version.
error-municipality-exists = A municipality has already been set up on this laptop.
error-no-municipality = Set up a municipality first.
error-unknown-learner = This profile does not exist (any more) on this laptop.
error-unknown-module = The course has no module or page { $id }. It may belong to an older version.
error-out-of-step = This step is no longer current. The screen has been updated; please look again.
error-path-incomplete = A certificate is issued once every module required for the role is completed and still valid.
error-no-database = There is no Baken database in { $path } yet.
error-not-baken = { $path } is not a Baken file. Baken has not changed it.
error-newer-schema = This database comes from a newer version of Baken (version { $found }; this Baken knows up to version { $supported }). Please update Baken; the database has not been changed.
error-secret-too-short = Choose one of at least { $min } characters.
error-forbidden = This part is for trainers and coordinators. Unlock it with the PIN.
error-wrong-pin = This PIN is not right.
error-bad-records = This records file was not read.
error-locked = The database is in use by another program. Close that program and try again.
error-read-only = Baken cannot write in { $path }. Choose a folder you may write in, or ask your IT department for help.
error-io = Baken cannot open { $path }: { $detail }
error-database = Something went wrong in the database: { $detail }
error-internal = Something went wrong in Baken: { $detail }

## Command line (baken)

cli-error = Error
cli-demo-done = Demo municipality { $name } created in { $path }, with { $learners } staff members.
cli-info-path = Database
cli-info-schema = Schema version
cli-info-size = Size
cli-info-municipality = Municipality
cli-info-no-municipality = (not set up yet)
cli-info-demo = (demo)
cli-info-learners = Staff members
cli-info-events = Progress events

## Content packs (baken content check)

content-ok = { $pack } { $version }: { $modules ->
    [one] 1 module
   *[other] { $modules } modules
}, { $pages ->
    [one] 1 page
   *[other] { $pages } pages
}, { $cases ->
    [one] 1 case
   *[other] { $cases } cases
}, { $items ->
    [one] 1 check item
   *[other] { $items } check items
}. No problems found.
content-problems = { $count ->
    [one] 1 problem
   *[other] { $count } problems
} found in { $path }.
content-missing-file = This file is missing; every pack starts with pack.toml.
content-syntax = This is not valid TOML, or a field is wrong: { $detail }
content-missing-module-file = Module '{ $module }' is listed in pack.toml, but the file modules/{ $module }.toml is missing.
content-unlisted-module-file = This module file is not listed in pack.toml. Add it there or remove it.
content-module-id-mismatch = The id of this module must be '{ $expected }', like the file name.
content-bad-id = The id '{ $id }' may only contain lower-case letters, digits and hyphens.
content-duplicate-id = The id '{ $id }' is used twice here.
content-unknown-language = Baken does not know the language '{ $lang }' (it knows nl and en), or the pack does not list it.
content-missing-translation = The text in language '{ $lang }' is missing or empty.
content-unknown-placeholder = Unknown placeholder { $placeholder }. Use {"{"}gemeente{"}"} or {"{"}contact:meldpunt{"}"}, {"{"}contact:aov{"}"}, {"{"}contact:zvh{"}"}, {"{"}contact:wijkagent{"}"}.
content-unknown-item-type = Unknown item type '{ $found }'. Choose single, multiple, sort or order.
content-no-correct-answer = This item has no correct answer (correct = true).
content-several-correct-answers = This item has more correct answers than fit: exactly one for single, not all of them for multiple.
content-no-wrong-option = Every answer of this item is correct, so it tests nothing.
content-too-few-options = This item needs at least { $min } answers.
content-order-option-count = An order item has 3 to 6 steps.
content-correct-not-allowed = Sort and order items have no 'correct'; the category or the order decides what is right.
content-missing-category = This answer has no category (category = "…").
content-unknown-category = The category '{ $found }' is not defined for this item.
content-too-few-categories = A sort item needs at least two categories.
content-category-not-allowed = Categories belong to sort items only (type = "sort").
content-unknown-step = There is no step '{ $found }' in this case.
content-unreachable-step = Step '{ $id }' cannot be reached from the start of the case.
content-no-choices = Step '{ $id }' has no choices and is not an ending (end = true).
content-end-with-choices = Step '{ $id }' is an ending but has choices.
content-no-ending = From step '{ $id }' no ending of the case can be reached.
content-unknown-quality = Unknown quality '{ $found }'. Choose good, acceptable or poor.
content-unknown-setting = Unknown setting '{ $found }'. Choose balie, huisbezoek, school, wijk, online, kantoor, jongerenwerk or anders.
content-bad-pass-mark = The pass mark must be between 1 and 100 per cent.
content-unknown-role = Unknown role '{ $found }'. Use baliemedewerker, wijkteam, leerplicht, wmo-consulent, boa, jongerenwerker, klantmanager, beleid or overig.
content-unknown-module-ref = There is no module '{ $found }' in this pack.
content-module-taken = The module '{ $found }' already exists in another pack; choose another id.
content-refused = The content pack '{ $pack }' was not loaded because something in it is wrong. Ask whoever made it to fix it; the rest of Baken works as usual.
content-unknown-item-ref = There is no check item '{ $found }'. Write module/item, for example signalen/djellaba-aan-de-balie.
content-empty-module = This module has no pages, no case and no check.
content-level-count = A self-assessment item needs exactly five levels (0 to 4); this one has { $found }.
content-unknown-source = Unknown source '{ $found }'. The only source is training-records.
content-empty-theme = This theme has no items.

## Certificate

cert-title = Certificate
cert-intro = The municipality of { $municipality } declares that
cert-completed = has taken the training and successfully completed the following modules:
cert-col-module = Module
cert-col-completed = Completed on
cert-col-score = Score
cert-col-valid = Valid until
cert-valid-until = This certificate is valid until
cert-refresh = A refresher is needed after that.
cert-code = Verification code
cert-issued = Issued on
cert-verify = Verification: the coordinator can check this certificate in Baken with the code { $code } (baken certificate verify { $code }).
cli-certificate-done = Certificate { $code } for { $learner } saved in { $path }.
cli-certificate-valid = Valid certificate { $code }: { $learner } ({ $role }), municipality of { $municipality }, issued on { $issued }, valid until { $until }.
cli-certificate-unknown = The certificate { $code } was not issued on this laptop.
cli-certificate-bad-code = '{ $code }' is not a verification code. A code looks like BKN-7K2M-X9P4.
cli-no-such-learner = There is no staff member '{ $name }' on this laptop.
cli-report-done = Report '{ $title }' (overall score { $overall } out of 4) saved in { $path }.
cli-report-no-assessment = There is no self-assessment (on that date) on this laptop. Fill one in first, in Baken.
cli-report-no-questionnaire = The content pack has no questionnaire for the self-assessment.

## Self-assessment and contacts

level-0 = Not present
level-1 = Ad hoc
level-2 = Defined
level-3 = Implemented
level-4 = Evaluated and improved
rating-na = Not applicable
rating-dk = Don't know
rating-none = Not answered
action-status-open = Open
action-status-in-progress = In progress
action-status-done = Done
nav-label = Sections
nav-learn = Learn
nav-callcard = Whom do I call?
nav-municipality = Municipality
nav-assessment = Self-assessment
callcard-title = Whom do I call?
callcard-intro = Worried about someone? You do not have to deal with it alone. Discuss it first with a colleague or the designated officer; with a serious concern, call the reporting point of { $municipality }.
callcard-local = In { $municipality }
callcard-national = National
callcard-missing = Not filled in yet. The coordinator fills this in under 'Municipality'.
callcard-lse = Landelijk Steunpunt Extremisme (national extremism support centre)
callcard-lse-text = Advice for professionals, anonymous if you wish; and support for families.
callcard-police = Police (non-emergency)
callcard-emergency = Emergency: immediate danger
callcard-veilig-thuis = Veilig Thuis
callcard-veilig-thuis-text = For domestic violence or child abuse: a separate route, beside a concern about radicalisation.
callcard-zorgwekkend = Meldpunt Zorgwekkend Gedrag
callcard-zorgwekkend-text = For worrying behaviour without acute danger.
card-file = pocket card Whom do I call
callcard-print = Print the pocket card
callcard-print-text = An A6 card to cut out and fold, with these numbers.
contact-phone = Phone
contact-email = E-mail
contact-hours = Available
municipality-title = Municipality and contacts
municipality-intro = These details appear in the lessons, on the 'Whom do I call?' card and in the report for the council.
municipality-profile = Profile
municipality-save = Save profile
municipality-saved = Profile saved.
contacts-title = Local contacts
contacts-intro = Fill in whom officials call. These names and numbers appear in the lessons where an official has to act.
contact-name = Name or department
contact-save = Save
contact-remove = Clear
contact-saved = { $name } saved.
contact-remove-confirm = Are you sure you want to clear this contact?
assessment-title = Self-assessment of the local approach
assessment-intro = Once a year the municipality assesses its approach on 12 themes. Several respondents can answer; their answers are kept apart. Everything is saved at once.
assessment-empty = There is no self-assessment yet. Start one; you can fill it in bit by bit.
assessment-new = New self-assessment
assessment-new-title = Title
assessment-new-date = Date
assessment-default-title = Self-assessment { $year }
assessment-create = Start the self-assessment
assessment-choose = Self-assessment
assessment-overall = Overall score
assessment-overall-value = { $score } out of 4
assessment-previous = Last time: { $score }
assessment-respondents = Respondents
assessment-respondents-none = First add yourself as a respondent.
assessment-respondent-name = Name
assessment-respondent-function = Job
assessment-respondent-add = Add respondent
assessment-answering-as = I am answering as
assessment-themes = Themes
assessment-theme-progress = { $answered } of { $items } answered
assessment-theme-score = score { $score }
assessment-no-score = no score yet
assessment-good = What good looks like
assessment-evidence-hint = What counts as evidence
assessment-level = Level
assessment-explanation = Explanation
assessment-evidence = Evidence (document, minutes)
assessment-no-names = Baken is not a case registry: do not name residents.
assessment-saved = Saved
assessment-agreed = Together: { $level }
assessment-differs = The respondents differ by 2 levels or more here. Discuss it together.
assessment-others = Other respondents
assessment-from-records-text = This level follows from the training records in Baken: { $valid } of { $learners } officials have a valid completion of their required modules. You can still add an explanation.
assessment-no-records = There are no officials in Baken yet; without records this item gets no level.
assessment-training-caption = Training per role on the date of the self-assessment
assessment-actions = Improvement measures
assessment-action = Measure
assessment-action-owner = Who
assessment-action-deadline = By
assessment-action-status = Status
assessment-action-add = Add measure
assessment-action-delete = Delete
assessment-action-delete-confirm = Delete this measure?
assessment-report = Report for the council
assessment-report-text = A PDF with a summary, scores per theme, findings, the action plan, a comparison with last time and a sign-off block.
assessment-report-make = Make the report
assessment-report-busy = Making the report…
assessment-report-done = The report was saved in { $path }.
assessment-preview = Preview of the summary
assessment-preview-strongest = Strongest:
assessment-preview-weakest = Weakest:
assessment-preview-counts = { $open ->
        [one] 1 open action
       *[other] { $open } open actions
    }; respondents differ on { $differences ->
        [one] 1 item
       *[other] { $differences } items
    }.
export-answers-file = answers
export-actions-file = action plan
assessment-export = Export
assessment-export-text = For a spreadsheet or another program. The export holds the respondents' names.
assessment-export-answers = Answers (CSV)
assessment-export-actions = Action plan (CSV)
assessment-export-json = Everything (JSON)
assessment-export-done = Saved in { $path }.
assessment-open-file = Open
assessment-prev-theme = Previous theme
assessment-next-theme = Next theme
assessment-from-records = from the training records
assessment-inhabitants = { $formatted } inhabitants
assessment-training-summary = On { $date }, { $valid } of { $learners } officials ({ $percent }%) had completed every module their role requires, and that completion was still valid.

## Council report

report-kind = Report to the municipal council
report-subtitle = Self-assessment of the local approach to radicalisation and extremism
report-municipality = Municipality of { $name }
report-page = Page { $page } of { $total }
report-contents = Contents
report-cover-date = Date
report-cover-region = Region
report-cover-cbs = CBS code
report-cover-inhabitants = Inhabitants
report-cover-respondents = Completed by
report-cover-note = This report was prepared with Baken. The scores are the municipality's own assessment: they show where the approach stands and what can be improved, and are not meant for comparing municipalities with each other.
report-summary = Summary
report-overall = Average score
report-out-of = out of 4
report-previous-score = Last time: { $score } ({ $change })
report-summary-overall = { $municipality } scores { $score } on average, on a scale from 0 (not present) to 4 (evaluated and improved).
report-summary-no-score = No questions have been answered yet, so there is no average score yet.
report-summary-up = At the previous self-assessment ({ $previous }) it was { $score }: on average the approach has improved by { $change } points.
report-summary-down = At the previous self-assessment ({ $previous }) it was { $score }: on average the approach has declined by { $change } points.
report-summary-same = At the previous self-assessment ({ $previous }) it was also { $score }.
report-summary-scored = Questions were answered for { $scored } of the { $total } themes; the other themes have no score yet.
report-summary-actions = The action plan has { $total ->
        [one] one action
       *[other] { $total } actions
    }, of which { $open } { $open ->
        [one] is
       *[other] are
    } still open.
report-summary-differences = For { $count ->
        [one] one question
       *[other] { $count } questions
    } the respondents' answers differ widely (see ‘{ $section }’).
report-strongest = Strongest themes
report-weakest = Weakest themes
report-urgent = Most urgent actions
report-urgent-none = There are no open actions.
report-urgent-more = The full action plan is in the chapter ‘{ $section }’.
report-none = None yet.
report-scores = Scores per theme
report-scores-intro = For each theme, the average of the answered questions on a scale from 0 to 4. Answers such as 'not applicable' and 'don't know' do not count towards the score.
report-scale = The scale
report-level-0 = Not present
report-level-1 = Ad hoc
report-level-2 = Defined
report-level-3 = Implemented
report-level-4 = Evaluated and improved
report-chart-alt = Bar chart of the score per theme on a scale from 0 to 4, with the previous score as an open bar. The same figures are in the table that follows.
report-chart-caption = Score per theme (0 = not present, 4 = evaluated and improved)
report-chart-current = This self-assessment
report-chart-previous = Previous self-assessment
report-chart-no-score = no score yet
report-col-theme = Theme
report-col-score = Score
report-col-previous = Previous
report-col-change = Change
report-col-answered = Answered
report-col-not-applicable = N/A
report-col-dont-know = Don't know
report-answered-of = { $answered } of { $items }
report-findings = Findings per theme
report-findings-intro = For each question, the level the respondents agreed on, with their explanation and the evidence they named.
report-findings-empty = No questions have been answered for this theme yet.
report-finding-explanation = Explanation
report-finding-evidence = Evidence
report-finding-no-explanation = No explanation given.
report-theme-score = Score { $score }
report-theme-counts = { $answered } of { $items } questions answered · { $na } not applicable · { $dk } don't know
report-actions = Action plan
report-actions-intro = The improvement measures from this self-assessment, most urgent first.
report-actions-none = No improvement measures have been recorded.
report-col-action = Action
report-col-owner = Owner
report-col-deadline = Deadline
report-col-status = Status
report-comparison = Comparison with { $previous }
report-comparison-empty-title = Comparison with an earlier self-assessment
report-comparison-none = There is no earlier self-assessment. This one is the starting point: next time, this chapter will show what has changed.
report-comparison-overall = Average score: { $before } then, { $now } now ({ $change }).
report-comparison-up = Improved
report-comparison-down = Declined
report-comparison-same = Unchanged
report-comparison-new = Scored for the first time
report-comparison-note = A shift of a few tenths can also come from different people answering, or reading a question differently. So look mainly at the explanations in the findings.
report-differences = Differences between respondents
report-differences-intro = For these questions the respondents' answers are two levels or more apart. Discussing them helps to reach a shared view.
report-differences-none = The respondents broadly agree everywhere: for no question are their answers two levels or more apart.
report-col-question = Question
report-col-answers = Answers
report-training = Training in figures
report-training-intro = For each role that must take the training: how many staff there are, how many of them are validly trained, for how many that validity ends within three months, and how many have not started yet.
report-training-none = No staff have been registered in Baken yet.
report-col-role = Role
report-col-learners = Staff
report-col-valid = Validly trained
report-col-expiring = Expires within 3 months
report-col-never-started = Not started yet
report-training-total = Total
report-signoff = Adoption
report-signoff-intro = This self-assessment was discussed and adopted by the municipal executive (college van burgemeester en wethouders) of { $municipality } and is presented to the municipal council for information.
report-signoff-portfolio = Portfolio holder
report-signoff-mayor = Mayor
report-signoff-name = Name
report-signoff-date = Date
report-signoff-signature = Signature
report-theme-no-score = No score yet
report-level-0-text = Nothing has been arranged.
report-level-1-text = It happens now and then, depending on who is there, but it has not been set down.
report-level-2-text = There are agreements or a plan on paper, but they are not yet followed everywhere.
report-level-3-text = The agreements are followed in practice.
report-level-4-text = How it works is evaluated, and the approach is improved accordingly.

## Pocket card

card-doc-title = Pocket card 'Whom do I call?' – { $municipality }
card-print-hint = Print this page at actual size (100%), on one side of the paper. Cut the card out along the crop marks. Fold it in half at the fold marks, with the print on the outside.
card-fold = fold
card-steps = What do you do?
card-step-1 = Write down the facts: what you saw or heard.
card-step-2 = Don't keep it to yourself: talk to a colleague.
card-step-3 = Serious concern? Call the reporting point.
card-step-4 = Immediate danger? Call 112.
card-missing = Not filled in yet. Write the number here:
card-update = A number out of date? Ask the coordinator for a new card.
card-cli-done = Pocket card 'Whom do I call?' for { $municipality } saved in { $path }.
card-notes = Other numbers

## Region

# Messages for a region summary that cannot be read or combined (baken-core: RegionError).
# The command line puts the file name in front.
region-error-too-large = The file is too large for a region summary ({ $size } kB; at most { $max } kB). Is it the right file?
region-error-empty = The file is empty.
region-error-not-json = This is not a Baken region summary: its content is not JSON (line { $line }, column { $column }).
region-error-truncated = The file stops halfway. It was probably not copied or sent completely; ask the municipality to send it again.
region-error-not-summary = This is not a Baken region summary.
region-error-other-version = This region summary has format version { $found }, but this version of Baken only reads version { $supported }. Make all summaries with the same version of Baken, or update Baken.
region-error-unknown-field = The file holds a field that does not belong in a region summary ('{ $field }'). A region summary holds only scores, without names or explanations, so Baken does not use this file.
region-error-invalid = The content of the region summary is not right ({ $detail }).
region-error-bad-year = The year { $year } cannot be right.
region-error-bad-region = The region's name is empty, longer than { $max } characters or has more than one line.
region-error-theme-count = The summary has { $count } themes; it should have 1 to { $max }.
region-error-bad-theme-id = '{ $id }' is not a valid theme code.
region-error-duplicate-theme = The theme '{ $id }' appears twice.
region-error-score-out-of-range = The theme '{ $theme }' has score { $score }, but scores run from 0 to 4.
region-error-overall-mismatch = The overall score is not the mean of the theme scores. The file was probably edited by hand; ask the municipality for a new summary.
region-error-no-summaries = Give at least one region summary to combine.
region-error-too-many-summaries = That is { $count } summaries; Baken combines at most { $max }.
region-error-mixed-questionnaires = This summary was made with questionnaire version { $found }, the first one with version { $expected }. Scores on different questionnaires cannot be compared: combine them separately.

# baken region export / combine
region-export-done = Region summary of '{ $title }' saved in { $path }. It holds only scores: no names and no explanations.
region-export-no-region = Note: the municipality profile names no region, so the summary does not either. Fill in the region in the profile if the region is going to combine the summaries.
region-export-no-size = Note: the municipality profile has no number of inhabitants, so the summary has no size class.
region-export-demo = Note: this is the demo municipality. The regional overview marks this summary as a demo.
region-file-problem = { $file }: { $message }
region-file-missing = The file does not exist.
region-file-unreadable = The file cannot be read.
region-file-twice = This file is already in the list; each municipality counts once.
region-combine-refused = No overview was made.
region-combine-done = Regional overview of { $count ->
        [one] 1 municipality
       *[other] { $count } municipalities
    } saved in { $path }.
region-combine-key = Which letter belongs to which file (this is not in the PDF):

# The regional overview (PDF)
region-municipality = Municipality { $letter }
region-size-lt10k = fewer than 10,000 inhabitants
region-size-10k-20k = 10,000 to 20,000 inhabitants
region-size-20k-50k = 20,000 to 50,000 inhabitants
region-size-50k-100k = 50,000 to 100,000 inhabitants
region-size-gte100k = 100,000 inhabitants or more
region-size-unknown = number of inhabitants unknown
region-size-short-lt10k = < 10,000
region-size-short-10k-20k = 10,000–20,000
region-size-short-20k-50k = 20,000–50,000
region-size-short-50k-100k = 50,000–100,000
region-size-short-gte100k = ≥ 100,000
region-size-short-unknown = unknown
region-pdf-kind = Regional overview
region-pdf-title = Self-assessments { $years }
region-pdf-subtitle = The local approach to radicalisation and extremism in the region's municipalities, side by side
region-pdf-no-region = Region not given
region-pdf-fact-region = Region
region-pdf-fact-regions = Regions
region-pdf-fact-years = Year of the self-assessment
region-pdf-fact-municipalities = Municipalities
region-pdf-fact-sizes = By size
region-pdf-fact-questionnaire = Questionnaire
region-pdf-questionnaire-version = version { $version }
region-pdf-municipality-count = { $count ->
        [one] 1 municipality
       *[other] { $count } municipalities
    }
region-pdf-demo-count = of which { $count } demo
region-pdf-demo = demo
region-pdf-overall = Regional mean
region-pdf-out-of = out of 4
region-pdf-overall-note = The mean of the overall scores of { $scored } of the { $total } municipalities; each municipality counts the same.
region-pdf-overall-note-all = The mean of the overall scores of all { $total } municipalities; each municipality counts the same.
region-pdf-strongest = Strongest in the region
region-pdf-weakest = Most room for improvement
region-pdf-none = No scores yet.
region-pdf-about = How to read this overview
region-pdf-note-ranking = The scores are self-assessments: each municipality rated its own approach, on a scale from 0 (not present) to 4 (evaluated and improved). They show where the region stands and where working together can help. They are not meant for comparing or ranking municipalities.
region-pdf-note-anonymous = The municipalities appear without their names, as Municipality A, B, C and so on, in the order in which the summaries were combined. A summary holds only the scores, the year, the region and a size class: no names of people and no explanations.
region-pdf-note-missing = A dash (–) means that the municipality has no score for that theme, for example because no question was answered. The regional mean counts only the municipalities with a score.
region-pdf-footer = Self-assessment by the municipalities themselves – not meant for ranking municipalities
region-pdf-chart-title = Regional mean per theme
region-pdf-chart-intro = The bar is the mean of the municipalities with a score for that theme; the line below it runs from the lowest to the highest score in the region. Where the line is long, municipalities can learn a lot from each other.
region-pdf-chart-alt = Bar chart of the regional mean per theme on a scale from 0 to 4, with a line from the lowest to the highest score. The same figures are in the table that follows.
region-pdf-chart-mean = Regional mean
region-pdf-chart-range = Lowest to highest score
region-pdf-themes = Per theme
region-pdf-themes-intro = The regional mean per theme, the lowest and the highest score, and how many municipalities have a score for the theme.
region-pdf-col-number = No.
region-pdf-col-theme = Theme
region-pdf-col-mean = Mean
region-pdf-col-lowest = Lowest
region-pdf-col-highest = Highest
region-pdf-col-scored = Municipalities with a score
region-pdf-scored-of = { $scored } of { $total }
region-pdf-table = Per municipality
region-pdf-table-intro = Each municipality's score per theme and overall. The numbers above the columns are the themes from the table 'Per theme'; the bottom row is the regional mean.
region-pdf-col-municipality = Municipality
region-pdf-col-inhabitants = Inhabitants
region-pdf-col-year = Year
region-pdf-col-overall = Overall
region-pdf-mean-row = Regional mean

## Progress records between laptops: export and merge (baken export / baken import)
records-export-done = { $learners ->
        [one] 1 profile
       *[other] { $learners } profiles
    } and { $events ->
        [one] 1 event
       *[other] { $events } events
    } saved in { $path }. Import it on the other laptop under 'Overview' or with 'baken import'.
records-xapi-done = { $statements ->
        [one] 1 xAPI statement
       *[other] { $statements } xAPI statements
    } about { $learners ->
        [one] 1 staff member
       *[other] { $learners } staff members
    } saved in { $path }.
records-passphrase-missing = Put the passphrase in the environment variable BAKEN_PASSPHRASE (not on the command line, where it stays visible).
records-passphrase-short = Choose a passphrase of at least { $min } characters.
records-export-which = More than one staff member is called '{ $name }'. Give the number (id) of the right one:
records-import-done = { $file }: { $learners ->
        [one] 1 new profile
       *[other] { $learners } new profiles
    }, { $events ->
        [one] 1 new event
       *[other] { $events } new events
    } ({ $known } were already here).
records-import-own = This file comes from this laptop itself; there was nothing new in it.
records-import-other-municipality = Note: this file comes from { $there }, and this laptop belongs to { $here }.
records-import-same-name = Note: someone called '{ $name }' already had a profile of their own on this laptop. Baken never merges profiles by name alone. If it is the same person, ask a trainer to merge the profiles.
records-file-problem = { $file }: { $message } Nothing from this file was read.
records-file-missing = The file does not exist.
records-file-unreadable = The file cannot be read.
records-error-too-large = The file is too large ({ $size } MB; at most { $max } MB). Is this really a Baken records file?
records-error-empty = The file is empty.
records-error-not-records = This is not a Baken records file.
records-error-truncated = The file stops halfway. It was probably not copied completely; export it again on the other laptop.
records-error-damaged = The file is damaged or was changed afterwards: its content is no longer what was exported. Export it again on the other laptop.
records-error-newer = This file was made with a newer version of Baken (format version { $found }; this version reads up to version { $supported }). Update Baken on this laptop.
records-error-invalid = Line { $line } of the file is not right ({ $detail }).
records-error-needs-passphrase = This file is protected with a passphrase. Enter the passphrase chosen when it was saved.
records-error-wrong-passphrase = The passphrase is not right, or the file is damaged. Try again; if that fails, save the file again on the other laptop.

## Overview for trainers and coordinators
nav-overview = Overview
overview-title = Who is trained?
overview-intro = For each staff member: how many of the modules their role requires are completed, and until when that is valid. A completed module stays valid for { $months } months.
overview-count = { $total ->
        [one] { $shown } of 1 staff member
       *[other] { $shown } of { $total } staff members
    }
overview-filter-role = Role
overview-filter-department = Department
overview-filter-state = Standing
overview-filter-all = All
overview-col-name = Name
overview-col-role = Role
overview-col-department = Department
overview-col-done = Required, completed
overview-col-valid-until = Valid until
overview-col-state = Standing
overview-done = { $valid } of { $required }
overview-state-valid = Trained
overview-state-expiring = Expires soon
overview-state-in-progress = In progress
overview-state-expired = Expired
overview-state-never-started = Not started yet
overview-state-none-required = No required modules
overview-empty = There are no staff members on this laptop yet. Staff create their own profile under 'Learn'. If they work on another laptop, import their progress below.
overview-none-match = No staff members match this choice.
overview-export = Save the overview as CSV
overview-file = Who is trained
overview-saved = Saved as { $path }.
records-title = Progress between laptops
records-intro = Do staff work on different laptops? Save the progress on each laptop to a file, bring it on a USB stick or through a network folder, and import it here. What was already here is not doubled.
records-export = Save this laptop's progress
records-saving = Saving…
records-saved = Saved as { $path }. Take this file to the other laptop.
records-file = progress
records-personal-data = This file holds the names, roles and departments of staff members and their progress in the course. Keep and carry it with care, and delete it once it has been imported.
records-personal-data-open = It is not protected: if it travels on a USB stick, choose 'Protect with a passphrase'.
records-personal-data-open-cli = It is not protected: if it travels on a USB stick, use --encrypt.
records-seal = Protect with a passphrase
records-seal-hint = At least 8 characters. Tell the passphrase to whoever imports the file, not the same way the file travels.
records-passphrase = Passphrase
records-import-passphrase-hint = Only needed when the file is protected.
records-import-label = Records file from another laptop (.baken)
records-import = Import
records-importing = Importing…
records-import-choose = Choose a file first.

## What the group finds hard (Overview)
analysis-title = What the group finds hard
analysis-intro = From the first attempts of everyone on this laptop. Use it to prepare a training session or a team meeting.
analysis-items = Check questions most often answered wrongly
analysis-item-correct = { $percent }% right, of { $answers ->
        [one] 1 answer
       *[other] { $answers } answers
    }
analysis-item-mistake = Wrong answer chosen most often: '{ $option }' ({ $count } times).
analysis-item-discrimination = Discrimination: { $value }.
analysis-item-discrimination-low = This question hardly tells those who know from those who do not: check whether it is clear.
analysis-per-module = Every check question of a module
analysis-module = Module
analysis-col-question = Question
analysis-col-answers = Answers
analysis-col-correct = Right
analysis-col-mistake = Wrong answer chosen most (count)
analysis-col-discrimination = Discrimination
analysis-discrimination-note = Discrimination is shown from { $min } answers: the share right among the best 27% minus that among the weakest 27%, ranked by their score on the knowledge check. Below 0.2 the question hardly discriminates.
analysis-steps = Decisions in cases that go wrong most often
analysis-step-poor = { $poor } of { $learners } first chose a weak approach
analysis-step-common = Chosen most often: '{ $choice }'
analysis-none-wrong = Nothing has gone wrong here yet.
analysis-none = Nothing to show yet.
analysis-months = Modules completed per month (last 12 months)
analysis-month = Month
analysis-completions = Completed

## PIN for trainers and coordinators
unlock-title = Only for trainers and coordinators
unlock-text = This part of Baken shows colleagues' progress and the municipality's self-assessment. Enter the PIN to open it. It stays open until you click 'Lock' or close Baken.
unlock-button = Unlock
lock-button = Lock
pin-label = PIN
pin-title = PIN for trainers and coordinators
pin-not-set = There is no PIN yet. Set one if more people use this laptop: staff then see only their own progress, not the overview, the workshops, the municipality or the self-assessment.
pin-is-set = A PIN is set. Overview, Workshops, Municipality and Self-assessment open only with that PIN.
pin-hint = At least 4 characters. Baken keeps only a hashed form, not the PIN itself.
pin-new = New PIN
pin-set = Set PIN
pin-change = Change PIN
pin-remove = Remove PIN
pin-saved = The PIN has been saved.
pin-removed = The PIN has been removed. Everyone on this laptop can now open these parts.

## Workshops
nav-workshops = Workshops
workshops-title = Workshops
workshops-intro = Teach a module in a room: create a workshop, tick who was there and discuss the cases with the group on the big screen. Once signed off, the workshop counts as a completed module for everyone who attended, marked 'classroom'.
workshops-none = There are no workshops yet.
workshops-col-date = Date
workshops-col-module = Module
workshops-col-place = Place
workshops-col-attendees = Attended
workshops-col-state = State
workshops-planned = Not signed off yet
workshops-signed-off = Signed off on { $date }
workshops-open = Open
workshops-open-label = Open the workshop of { $date }
workshops-new = New workshop
workshops-field-date = Date
workshops-field-place = Place
workshops-field-place-hint = For example 'Council chamber' or 'Library, room 2'.
workshops-place-required = Enter where the workshop takes place.
workshops-trainer-required = Enter the trainer's name.
workshops-field-trainer = Trainer
workshops-field-module = Module
workshops-field-cases = Cases to discuss
workshops-create = Create workshop
workshops-back = Back to all workshops
workshop-heading = { $module }
workshop-meta = { $date } · { $place } · trainer { $trainer }
workshop-attendance = Who was there?
workshop-attendance-hint = Tick the people who attended. Add someone without a profile below.
workshop-attendance-count = { $count ->
    [one] 1 attendee
   *[other] { $count } attendees
}
workshop-no-learners = There are no profiles on this laptop yet.
workshop-new-attendee = New participant
workshop-attendee-name = Name
workshop-attendee-role = Role
workshop-attendee-add = Add
workshop-cases = Cases
workshop-cases-hint = Open a case on the big screen. At each decision point, ask the group to choose and enter how many people made each choice. Baken keeps only those numbers, not who chose what.
workshop-present = Present
workshop-present-label = Present '{ $case }'
workshop-answered = { $count ->
    [0] not discussed yet
    [one] 1 decision point discussed
   *[other] { $count } decision points discussed
}
workshop-sign-off-title = Sign off
workshop-sign-off-text = Once signed off, this workshop counts for { $count ->
    [one] the attendee
   *[other] the { $count } attendees
} as the completed module '{ $module }', taken in a classroom on { $date }. After that the workshop can no longer be changed.
workshop-sign-off = Sign off the workshop
workshop-sign-off-confirm = Yes, sign off for good
workshop-sign-off-cancel = Cancel
workshop-sign-off-sure = Are you sure? Signing off cannot be undone.
workshop-signed-off = This workshop was signed off on { $date }. The attendees completed the module in a classroom.
workshop-closed-note = Signed off: you can still show the cases, but nothing can change.

## Presentation
present-label = Presentation
present-position = Case { $current } of { $total }
present-step = Decision point { $n }
present-ending = How it ended
present-path = The group chose:
present-situation = See the situation again
present-count-legend = How many people chose this?
present-count-label = Number for '{ $option }'
present-reveal = Show the outcome
present-total = { $total ->
    [one] 1 vote
   *[other] { $total } votes
}
present-most = most votes
present-go-on = Go on with '{ $option }'
present-tie = A tie. Decide together which choice the group goes on with:
present-back = Previous step
present-next-case = Next case
present-close = Close the presentation
present-keys = Keys: → or space next · ← back · Esc close
present-votes = { $count } ({ $percent }%)

## Completed in a classroom
module-completed-classroom = Completed in a classroom on { $date }
cert-classroom = Classroom
error-unknown-workshop = This workshop does not exist (any more) on this laptop.
error-workshop-closed = This workshop has been signed off already. After that nothing in it changes.
error-no-attendees = First tick who was there. A workshop without attendees cannot be signed off.
error-not-yet-held = The workshop is on { $date }. You can sign it off from that day on.
error-no-counts = Enter for at least one choice how many people made it.
error-invalid-count = Enter a number from 0 to { $max }.

## Same name, more profiles
same-title = One person, more profiles?
same-intro = These profiles have the same name. Sometimes that is one colleague who worked on two laptops, sometimes two different people. Baken never merges profiles by itself: you decide.
same-created = profile made on { $date }
same-activity = { $count ->
    [one] 1 step recorded
   *[other] { $count } steps recorded
}, the last on { $date }
same-no-activity = nothing recorded yet
same-merge = This is one person: merge
same-apart = These are different people
same-merge-sure = The progress of { $count ->
    [one] this profile
   *[other] these { $count } profiles
} then counts as one person's, under the profile of { $date }. Nothing is deleted, but a merge cannot be undone.
same-merge-confirm = Yes, merge
same-cancel = Cancel
same-merged = The profiles of '{ $name }' are now one person.
same-kept-apart = The profiles of '{ $name }' stay apart. Baken will not ask about them again.

## Backups
backup-reason-daily = daily
backup-reason-upgrade = before an update
backup-reason-import = before an import
backup-reason-manual = by hand
backup-reason-restore = before a restore
backups-title = Backups
backups-intro = Baken makes its own backups of all the data on this laptop: each day Baken is used, before an update of Baken and before progress is imported. The latest { $keep } are kept, in the folder { $dir }.
backups-none = There is no backup yet.
backups-col-date = Made on
backups-col-reason = Why
backups-col-size = Size
backups-size = { $mb } MB
backups-make = Make a backup now
backups-made = The backup has been made.
backups-restore = Restore
backups-restore-label = Restore the backup of { $date }
backups-restore-sure = Everything goes back to how it was on { $date }. Baken first keeps what was recorded since as a backup, so nothing is lost.
backups-restore-confirm = Yes, restore
backups-cancel = Cancel
damaged-title = Baken's data is damaged
damaged-text = Restore the latest good backup; the damaged file is kept apart, in case someone wants to examine it later.
damaged-latest = Latest backup: { $date } ({ $reason }).
damaged-restore = Restore this backup
damaged-no-backup = There is no backup of this data. Ask whoever manages this laptop for help.
restored-title = The backup has been restored
restored-saved = The data from just before the restore is in the backup '{ $file }'.
restored-aside = The damaged file has been kept as { $path }.
restored-continue = Continue with Baken
cli-backup-line = { $file }  { $date }  { $reason }  { $size } MB
cli-backup-none = There is no backup yet.
cli-backup-made = Backup made: { $line }
cli-key-passphrase = Passphrase of the data
cli-key-new-passphrase = Choose a passphrase for the data (at least 10 characters)
cli-key-again = Type the passphrase again
cli-key-different = The two passphrases are not the same. Nothing has changed.
cli-key-no-store = This computer has no key store. Baken encrypts the data with a passphrase you choose now; Baken asks for it at every start.
cli-key-use-recover = Use 'baken recover' with the recovery code from the sheet made at installation.
cli-key-new-code = New recovery code for this data: { $code }
    Keep it in a safe place, apart from this computer. In the app it is under Municipality → Recovery code, where you can also print it on a sheet.
cli-key-passphrase-env = Put the data's passphrase in the environment variable BAKEN_KEY_PASSPHRASE, or run the command in a terminal.
cli-recover-exists = There is a database in { $path } already. Choose an empty folder with --data-dir; nothing has changed.
cli-recover-code = Recovery code
cli-recover-kept-store = The key is now in this computer's key store.
cli-recover-kept-file = The key is now in { $path }, protected by the new passphrase.
cli-recover-done = Recovered: { $path } ({ $municipality }, { $learners } staff). { $kept }
cli-backup-restored = Backup { $file } has been restored.
cli-backup-saved-first = The data from before is in the backup { $file }.
cli-backup-put-aside = The damaged file has been kept as { $path }.
cli-backup-before-import = Backup made before the import: { $file }
error-damaged = The data file { $path } is damaged. Baken has not changed it.
error-unknown-backup = There is no backup called '{ $file }'.
error-bad-backup = The file { $path } is not a usable Baken backup. Nothing has changed.
error-passphrase-needed = Baken's data is encrypted. Type the passphrase to open it.
error-passphrase-choose = This computer has no key store. Choose a passphrase: Baken encrypts the data with it.
error-recovery-needed = The key of this data is not on this computer. Type the recovery code from the sheet made at installation.
error-wrong-passphrase = This passphrase is not right. Nothing has changed.
error-bad-key-file = The key file { $path } is damaged or not Baken's. Use the recovery code.
error-key-store = This computer's key store did not keep the key ({ $detail }). Nothing has changed.
error-bad-recovery-code = This recovery code is not right: it has a typing error. Check every character; a recovery code has 32 characters in 8 groups of 4.
error-key-mismatch = This key or recovery code does not open { $path }, or the file is not Baken's. Baken has not changed it.

## Opening the encrypted data (OpenData.svelte) and the recovery code (RecoverySection.svelte)
open-data-title-passphrase = Open the data
open-data-title-choose = Choose a passphrase
open-data-title-code = Enter recovery code
open-data-text-passphrase = Baken keeps its data encrypted on this computer. This computer has no key store, so Baken asks for the passphrase at every start.
open-data-text-choose = Baken encrypts its data on this computer. This computer has no key store, so choose a passphrase. Baken asks for it at every start. You will also get a recovery code, for when the passphrase is lost.
open-data-text-code = Type the recovery code from the sheet made at installation. Baken then opens the data on this computer.
open-data-code = Recovery code
open-data-code-hint = 32 characters in 8 groups of 4, for example 7K3M-Q9XD-…; small letters and spaces are fine too.
open-data-passphrase = Passphrase
open-data-new-passphrase = New passphrase
open-data-new-hint = At least 10 characters. A sentence of a few words is strong and easy to remember.
open-data-again = Type the passphrase again
open-data-mismatch = The two passphrases are not the same.
open-data-button-passphrase = Open
open-data-button-choose = Set passphrase
open-data-button-code = Open with the recovery code
open-data-forgot = Forgot the passphrase? Use the recovery code.
open-data-back = Back to the passphrase
recovery-title = Recovery code
recovery-kept-store = The data is encrypted. The key is in this computer's key store, under your user account.
recovery-kept-file = The data is encrypted. The key is in { $path }, protected by the passphrase.
recovery-intro = With the recovery code you open the data on another computer, for example when this laptop breaks. Print the recovery sheet and keep it in a safe place, apart from the laptop.
recovery-code-label = Recovery code, in 8 groups of 4 characters
recovery-show = Show recovery code
recovery-hide = Hide recovery code
recovery-make-sheet = Make recovery sheet (PDF)
recovery-sheet-made = The recovery sheet is in { $path }. Print it, then delete the file.
recovery-confirmed = On { $date } it was confirmed that the recovery code is kept safe.
recovery-pending = Not confirmed yet: is the recovery code kept safe?
recovery-confirm = I keep the recovery code safe
recovery-banner = Keep the recovery code of this data safe, for when this laptop breaks.
recovery-banner-go = Go to the recovery code

## Removal (GDPR)
overview-col-actions = Actions
remove-learner = Remove
remove-learner-label = Remove { $name }
remove-learner-sure = { $name } and all their progress are removed for good, including merged profiles. Laptops that later import progress from this laptop remove { $name } too. Certificates of this person can no longer be verified. Older backups still hold the data until they are cleaned up.
remove-learner-confirm = Yes, remove for good
remove-learner-cancel = Cancel
remove-learner-done = { $name } has been removed.
retention-title = Retention period
retention-intro = Keep staff data no longer than needed. With a retention period you see who has not been active for that long, and can remove them in one go. Baken never removes anyone without your confirmation.
retention-label = Remove after
retention-off = Off (remove nothing)
retention-years = { $years ->
    [one] 1 year without activity
   *[other] { $years } years without activity
}
retention-preview = { $count ->
    [one] 1 member of staff has
   *[other] { $count } members of staff have
} not been active for more than { $years } years:
retention-last-active = last active on { $date }
retention-apply = { $count ->
    [one] Remove this member of staff
   *[other] Remove these { $count } members of staff
}
retention-sure = { $count ->
    [one] This member of staff is
   *[other] These { $count } members of staff are
} removed for good, with all their progress. This cannot be undone.
retention-confirm = Yes, remove for good
retention-done = { $count ->
    [one] 1 member of staff has been removed.
   *[other] { $count } members of staff have been removed.
}
retention-nobody = No one has been inactive for more than { $years } years.
workshop-attendee-hint = Only colleagues who attended, never residents.

## Recovery code (a PDF to keep in a safe; baken-report: recovery_sheet_pdf)
recovery-sheet-doc-title = Baken recovery code – { $municipality }
recovery-sheet-title = Recovery code
recovery-sheet-confidential = Confidential
recovery-sheet-lead = This code opens Baken's data on another computer.
recovery-sheet-made-on = Made on
recovery-sheet-computer = Computer
recovery-sheet-computer-unknown = Not known
recovery-sheet-code = Recovery code
recovery-sheet-code-hint = Eight groups of four characters: digits and capital letters. The letters I, L, O and U do not occur, so a round character is always the digit zero (0).
recovery-sheet-why-title = What is this code for?
recovery-sheet-why = Baken protects its data on this laptop with a key. That key is kept on this laptop only. If the laptop breaks down or the key is lost, this code opens the data on another computer.
recovery-sheet-keep-title = Keep this sheet safe
recovery-sheet-keep-lock = Keep this sheet under lock and key, in a safe for example.
recovery-sheet-keep-apart = Never keep it with the laptop. Do not take a photo of it, and do not put the code on a computer.
recovery-sheet-keep-risk = Anyone who has this code and a copy of the data can read everything Baken keeps, such as the names and progress of staff.
recovery-sheet-use-title = How to use the code
recovery-sheet-use-app = In Baken: when Baken asks for the recovery code, you see the screen 'Enter recovery code'. Type in the code there.
recovery-sheet-use-cli = On the command line: on the other computer, type the command below. For <file>, fill in the copy of the data; for <folder>, the folder where Baken keeps its data on that computer. Then type in the code.
recovery-sheet-command = baken recover --from <file> --data-dir <folder>
recovery-sheet-lost-title = Lost, or in the wrong hands?
recovery-sheet-lost = Have you lost this sheet, or do you think someone else has seen the code? Then contact whoever manages Baken in your municipality straight away, your IT department for example.
recovery-sheet-dispose = No longer needed? Do not put this sheet in the paper recycling: use the bin for confidential paper or a shredder.
recovery-sheet-footer = Baken · Recovery code · { $municipality }
