//! Property: whatever nags a page holds, in whatever order and nesting,
//! every paragraph of its article stays visible.
//!
//! Pages are generated: an article and nag blocks drawn from every
//! category, with random wrappers, placed before, inside and after the
//! article. The article is either made of generated prose paragraphs
//! (which may mention donations, subscriptions, cookies and notifications,
//! as articles do) or one of `STORIES`: whole news stories *about*
//! subscriptions, newsletters, donations, apps, cookie banners, logins and
//! ad blockers, in several languages, whose paragraphs quote the very
//! phrases nag boxes print ("Subscribe now", "We use cookies", "Create a
//! free account") as reported speech, sometimes inside a link. By the
//! label conventions (`docs/labels.md`) such prose is article, never a nag. A
//! story's page also draws nags written in its own language.

use proptest::prelude::*;
use quietpage::Engine;
use quietpage::native::eval::comparable as squash;
use quietpage::native::{html, render};
use std::sync::OnceLock;

fn engine() -> &'static Engine {
    static E: OnceLock<Engine> = OnceLock::new();
    E.get_or_init(|| Engine::new().unwrap())
}

const SUBJECTS: &[&str] = &[
    "The council",
    "Local residents",
    "The regional hospital",
    "A group of engineers",
    "The charity",
    "Two researchers at the university",
    "The ferry operator",
    "Farmers in the valley",
];
const VERBS: &[&str] = &[
    "said on Tuesday that",
    "confirmed in a statement that",
    "told reporters that",
    "argued at the meeting that",
    "wrote in a report published this week that",
];
const CLAUSES: &[&str] = &[
    "the new bridge would open in the spring after two years of delays",
    "donations to the winter appeal had doubled compared with last year",
    "readers who subscribe to the printed edition would see no change in price",
    "browsers will soon block third-party cookies by default on most sites",
    "people who turn on push notifications for flood warnings were evacuated earlier",
    "the number of newsletter subscribers at the library had grown steadily",
    "the harbour had flooded three times since the sea wall was last repaired",
    "volunteers had registered more than four hundred families for the food parcels",
    "the new timetable would add two evening trains on weekdays",
];

const NAGS: &[&str] = &[
    r#"<div class="x1"><h3>Support independent journalism</h3><p>Your donation helps us keep our reporting free for everyone.</p><a href="/give">Donate now</a></div>"#,
    r#"<div class="x2"><p>Sign up for our newsletter</p><input type="email" placeholder="Enter your email"><button>Subscribe</button></div>"#,
    r#"<div class="x3" style="position:fixed"><p>We use cookies to improve your experience.</p><button>Accept all cookies</button></div>"#,
    r#"<div class="x4"><p>Turn on notifications to never miss a story.</p><button>Allow</button><button>Not now</button></div>"#,
    r#"<div class="x5"><p>You have 2 free articles left this month.</p><a href="/subscribe">Subscribe now</a></div>"#,
    r#"<div class="x6"><p>Create a free account to keep reading.</p><a href="/register">Register</a> <a href="/login">Log in</a></div>"#,
    r#"<div class="x7"><p>Read it in our app</p><a href="/app">Open in app</a></div>"#,
    r#"<div class="x8"><p>We noticed you're using an ad blocker. Please disable your ad blocker.</p></div>"#,
    r#"<aside><h4>Subscribe to our mailing list</h4><p>Get the latest news delivered straight to your inbox every morning.</p><form><input type="email"><input type="submit" value="Sign up"></form></aside>"#,
];

/// A whole news story about one of the things nags ask for.
struct Story {
    lang: &'static str,
    topic: &'static str,
    headline: &'static str,
    /// Paragraphs as HTML (text, sometimes with an inline link).
    paras: &'static [&'static str],
}

const STORIES: &[Story] = &[
    // ---------------------------------------------------------------- en
    Story {
        lang: "en",
        topic: "subscriptions",
        headline: "Northern Courier passes 1.2 million digital subscribers",
        paras: &[
            r#"The publisher of the Northern Courier said on Thursday that digital subscribers rose to 1.2 million after it cut the price of the first month to one euro, and that readers who sign up for the newsletter were twice as likely to subscribe. Chief executive Helen Marsh called it “the best quarter in the paper's history”."#,
            r#"Marsh told analysts that the company had tested several versions of the prompt shown to readers who reach the monthly limit. The wording that performed best was the blunt one, she said: a grey box reading “Subscribe now” above a single line, “Already a subscriber? Sign in”, which lifted conversions by 18 per cent."#,
            r#"Not everyone is convinced. Media analyst Tom Reyes <a href="https://analysts.example/notes/courier">wrote in a note to clients</a> that free trials flatter the numbers, since about a third of readers cancel before the first full payment. “Anyone can get people to click ‘Start your free trial’; the question is how many are still paying after a year,” he said."#,
            r#"“Create a free account to keep reading,” the message on the site now says after three stories. Within a week, 14,000 readers had done so, the company told shareholders on Friday."#,
            r#"Editor-in-chief Priya Nair said the morning briefing would stay free. “If you <a href="https://courier.example/newsletters">sign up for our newsletter</a>, you get the five stories you need before 7am, and we hope that one day you will pay for the rest,” she told staff in an email seen by this newspaper."#,
        ],
    },
    Story {
        lang: "en",
        topic: "newsletters",
        headline: "Newsletters become the front door for local papers",
        paras: &[
            r#"Regional publishers are leaning on email to find paying readers, according to a survey of 140 newsrooms published on Monday by the Regional News Network. Two thirds said newsletters were now their biggest source of new subscribers, ahead of search and social media."#,
            r#"At the Eastfield Gazette, every article now ends with the line “Sign up for our newsletter” and a box for an email address. Audience editor Rachel Kim said the change brought in 9,000 addresses in six weeks, and that one reader in eight went on to pay within three months."#,
            r#"Not every experiment worked. The Gazette briefly showed a pop-up reading “Subscribe now to keep reading” to first-time visitors, Kim said, but removed it after a fortnight when the share of readers who left without scrolling rose from 40 to 55 per cent."#,
            r#"Some editors worry about fatigue. “Readers are asked to subscribe to our newsletter, turn on notifications and accept all cookies before they have read a single sentence,” said Owen Price, who writes a <a href="https://price.example/">free weekly newsletter</a> about the local press. The best sign-up form, he added, is still a good story."#,
        ],
    },
    Story {
        lang: "en",
        topic: "donations",
        headline: "Harbour Trust winter appeal raises record £2.4m",
        paras: &[
            r#"The Harbour Trust said its winter appeal had raised £2.4 million by the end of January, the most in its 40-year history, with more than 31,000 people giving. Fundraising director Amira Okafor said the average gift had fallen to £38 but that far more first-time donors had come forward."#,
            r#"Okafor credited a simple change to the charity's website. Instead of a long explanation, the page now opens with the line “Your donation helps a family stay warm this winter” and a button reading “Donate now”, which she said doubled the share of visitors who completed a gift."#,
            r#"The charity is also raising its membership fee from £24 to £30 a year, the first increase since 2015. Supporters who become a member before April keep the old rate, the trust said in its <a href="https://harbourtrust.example/annual-report">annual report</a>, and those who pay by direct debit will be offered the option to make a monthly donation on top."#,
            r#"Critics on the board argued that the emails had become too insistent. One trustee, who asked not to be named, said supporters had complained about receiving three messages a week asking them to “please consider donating” again, and the trust has agreed to cap appeals at one a fortnight."#,
            r#"The appeal stays open until the end of March, when the trust will publish how the money was spent on its heating grants. Donations can be made on the trust's website: <a href="https://harbourtrust.example/donate">harbourtrust.example/donate</a>"#,
            r#"Our own coverage of the trust's donation drives, from the first winter appeal in 2019 to this year's record, is collected on one page of this site: <a href="/topics/harbour-trust">Harbour Trust</a>"#,
        ],
    },
    Story {
        lang: "en",
        topic: "apps",
        headline: "Fernbank's app tops five million downloads",
        paras: &[
            r#"Downloads of Fernbank's mobile banking app passed five million in March, the bank said, making it the most downloaded finance app on the App Store in Britain for the third month running. Head of digital Carlos Mendes said 60 per cent of customers now log in only through their phones."#,
            r#"Consumer groups have criticised the banner that greets customers who visit the bank's website on a phone. “Open in app” appears over the first screen, and a pop-up urging people to “Download our app” follows within seconds, which campaigner Ruth Bell said pushed older customers away from the site."#,
            r#"Mendes defended the approach, saying customers who turn on notifications are warned about suspicious payments within seconds. “When we ask people to ‘turn on notifications’, it is not marketing, it is fraud prevention,” he told MPs on the Treasury committee on Wednesday."#,
            r#"A separate <a href="https://journal.example/symptom-app">study published this week</a> found that patients using a symptom-tracking app on Android and iPhone were 12 per cent less likely to miss appointments. The researchers, led by Dr Sarah Lin, said the reminders had worked best when they were sent the evening before."#,
        ],
    },
    Story {
        lang: "en",
        topic: "cookies",
        headline: "Court rules cookie banners must make refusing as easy as accepting",
        paras: &[
            r#"The Court of Justice of the European Union ruled on Tuesday that a cookie banner which makes it easier to accept tracking than to refuse it does not obtain valid consent. The judges said the “Reject all” button must be as prominent as “Accept all” and available on the first layer of the banner."#,
            r#"The case was brought by a consumer group against a consent platform used by hundreds of news sites. Its lawyer, Marc Dupont, told the court that a banner saying <a href="https://archive.example/banner.png">“We use cookies to improve your experience”</a> followed by a single green button was “not a choice but a formality”."#,
            r#"Advertising groups warned that the ruling could cost publishers up to 30 per cent of their revenue. Readers who click “Accept all cookies” are worth roughly three times as much as those who decline, <a href="https://adtrade.example/statement">the industry's trade body said</a>, and many smaller sites would have to ask readers for money instead."#,
            r#"Privacy campaigners welcomed the decision. “For years, people were told that by continuing to browse they agreed to everything,” said Anna Keller, a data-protection lawyer who has filed more than 400 complaints about consent banners. Regulators said they would check within six months whether sites had complied."#,
        ],
    },
    Story {
        lang: "en",
        topic: "logins",
        headline: "PaceLog forces password resets after data breach",
        paras: &[
            r#"Millions of users of the fitness platform PaceLog were forced to log in again and reset their passwords on Monday, after the company admitted that a database containing email addresses and hashed passwords had been copied in March. The firm said about 4.3 million accounts were affected."#,
            r#"Users who opened the app were met with a message reading “Sign in to continue” and then a prompt to choose a new password. Security researcher Nadia Osei, who <a href="https://osei.example/pacelog">first reported the breach</a>, said the passwords had been protected with an outdated hashing method."#,
            r#"PaceLog's chief technology officer, Dana Whitfield, apologised in a blog post and urged customers to turn on two-factor authentication. “If you already have an account, log in to continue using the service and change your password anywhere you reused it,” she wrote, adding that no payment details had been exposed."#,
            r#"The breach came weeks after the company had required users to “create a free account” before they could record a run, ending anonymous use of the app. The Information Commissioner's Office said it was making enquiries and could fine the firm up to 4 per cent of its global turnover."#,
        ],
    },
    Story {
        lang: "en",
        topic: "adblock",
        headline: "Fewer readers block ads as publishers put up walls",
        paras: &[
            r#"The share of internet users in Britain who run an ad blocker fell to 23 per cent last year, from 29 per cent in 2019, according to a survey by an industry body for digital advertising. Researchers said the decline reflected the spread of walls that ask readers to disable their ad blocker before reading."#,
            r#"Publishers have become more direct. A typical message now reads “We noticed you're using an ad blocker” and offers two options: whitelist the site or pay for an ad-free subscription. ShieldWorks, whose browser extension has 40 million users, said the walls had changed little."#,
            r#"“People see ‘please disable your ad blocker’, close the tab and read the story somewhere else,” said Ben Carter, a spokesman for ShieldWorks. He cited <a href="https://shieldworks.example/data">internal figures</a> showing that about half of blocked readers leave the page at once, and that only one in ten allows ads."#,
            r#"Browser makers are changing the rules too. New extension rules that limit how many filters an ad blocker can load take effect in June, a change privacy groups have called a setback and the browser's maker has defended on grounds of security and speed."#,
        ],
    },
    // ---------------------------------------------------------------- de
    Story {
        lang: "de",
        topic: "subscriptions",
        headline: "Rheinische Rundschau steigert Digitalabos auf 410.000",
        paras: &[
            r#"Die Rheinische Rundschau hat die Zahl ihrer Digitalabonnenten nach eigenen Angaben auf 410.000 gesteigert. Verlagsgeschäftsführerin Katrin Vogel sagte am Mittwoch in Köln, der Schub gehe vor allem auf ein Probeabo zurück, das im ersten Monat einen Euro kostet. Wer sich zuvor für den Newsletter angemeldet habe, schließe doppelt so häufig ein Abo ab."#,
            r#"Getestet habe man mehrere Varianten des Hinweises, der nach drei freien Artikeln erscheint, so Vogel. Am besten funktioniere die knappe Fassung mit dem Satz „Jetzt abonnieren und weiterlesen“ und dem Zusatz „monatlich kündbar“, die die Abschlüsse um 18 Prozent erhöht habe."#,
            r#"Medienforscher Jonas Albrecht von der Universität Mainz hält die Zahlen dennoch für geschönt. Viele Leser kündigten das Probeabo, bevor der volle Preis von 14,99 Euro fällig werde, schrieb er in einer <a href="https://medien.example/analyse">Analyse für ein Fachblatt</a>. „Jeder klickt auf ‚Gratis testen‘, die Frage ist, wer nach einem Jahr noch zahlt.“"#,
            r#"„Jetzt abonnieren und weiterlesen“, heißt es seitdem unter jedem dritten Artikel. Nach Angaben des Verlags klickten in der ersten Woche 14.000 Leserinnen und Leser darauf."#,
            r#"Künftig will der Verlag zudem mehr Leser bitten, ein kostenloses Konto zu erstellen. Wer auf „Kostenlos registrieren“ klickt, soll fünf statt drei Artikel im Monat frei lesen können. Chefredakteur Martin Kühn sagte, der Morgen-Newsletter bleibe gratis: „Wer <a href="https://rundschau.example/newsletter">unseren Newsletter abonniert</a>, bekommt um sechs Uhr das Wichtigste des Tages ins Postfach.“"#,
        ],
    },
    Story {
        lang: "de",
        topic: "donations",
        headline: "Kältehilfe sammelt Rekordsumme",
        paras: &[
            r#"Der Verein Kältehilfe Leipzig hat bei seiner Winterspendenaktion 1,3 Millionen Euro gesammelt, so viel wie nie zuvor. Mehr als 18.000 Menschen hätten gespendet, im Schnitt 41 Euro, teilte Geschäftsführerin Sabine Hartmann am Montag mit."#,
            r#"Hartmann führt den Erfolg auch auf eine überarbeitete Website zurück. Statt eines langen Textes stehe dort nun der Satz „Ihre Spende hilft einer Familie durch den Winter“ neben einem Knopf mit der Aufschrift „Jetzt spenden“. Der Anteil der Besucher, die tatsächlich spendeten, habe sich seitdem verdoppelt."#,
            r#"Zugleich erhöht der Verein den Mitgliedsbeitrag von 36 auf 48 Euro im Jahr. Wer vor April Fördermitglied werde, zahle weiterhin den alten Satz, heißt es im <a href="https://kaeltehilfe.example/jahresbericht">Jahresbericht</a>. Der Verein wirbt dort mit dem Satz „Jeder Euro zählt“ und nennt sein Spendenkonto bei der Sparkasse."#,
            r#"Im Vorstand gibt es allerdings auch Kritik. Ein Mitglied, das nicht namentlich genannt werden wollte, sagte, Unterstützer hätten sich über drei E-Mails pro Woche beschwert, die sie aufforderten: „Unterstützen Sie uns auch in diesem Jahr.“ Künftig soll es höchstens alle zwei Wochen einen Spendenaufruf geben."#,
            r#"Die Aktion läuft noch bis Ende März; danach will der Verein offenlegen, wofür das Geld ausgegeben wurde. Spenden sind über die Website des Vereins möglich: <a href="https://kaeltehilfe.example/spenden">kaeltehilfe.example/spenden</a>"#,
            r#"Unsere bisherigen Berichte über die Spendenaktionen der Kältehilfe seit dem ersten Winter 2019 finden Sie gesammelt auf einer Seite: <a href="/themen/kaeltehilfe">Kältehilfe Leipzig</a>"#,
        ],
    },
    Story {
        lang: "de",
        topic: "apps",
        headline: "Banking-App der Nordsparkasse an der Spitze",
        paras: &[
            r#"Die Banking-App der Nordsparkasse ist im März mehr als fünf Millionen Mal heruntergeladen worden und führt damit seit drei Monaten die Finanz-Apps im App Store an. Digitalvorstand Thomas Berger sagte, inzwischen meldeten sich 60 Prozent der Kunden nur noch über das Smartphone an."#,
            r#"Verbraucherschützer kritisieren den Hinweis, der Kunden auf der mobilen Website empfängt. Ganz oben erscheine „In der App öffnen“, Sekunden später folge ein Fenster mit der Aufforderung „Laden Sie unsere App“, sagte Julia Neumann von der Verbraucherzentrale. Gerade ältere Kunden fühlten sich dadurch vertrieben."#,
            r#"Berger verteidigte das Vorgehen. Wer Push-Benachrichtigungen aktiviere, werde binnen Sekunden vor verdächtigen Abbuchungen gewarnt. „Wenn wir sagen ‚Benachrichtigungen aktivieren‘, ist das keine Werbung, sondern Betrugsschutz“, sagte er am Mittwoch vor dem Finanzausschuss des Landtags."#,
            r#"Eine <a href="https://klinik.example/studie">Studie eines Berliner Universitätsklinikums</a> kommt unterdessen zu dem Ergebnis, dass Patienten mit einer Gesundheits-App für Android und iPhone zwölf Prozent seltener Arzttermine versäumen. Die Erinnerungen wirkten am besten am Vorabend, sagte Studienleiterin Miriam Lorenz."#,
        ],
    },
    Story {
        lang: "de",
        topic: "cookies",
        headline: "Gericht: Ablehnen muss so einfach sein wie Zustimmen",
        paras: &[
            r#"Der Bundesgerichtshof hat entschieden, dass ein Cookie-Banner, das das Zustimmen leichter macht als das Ablehnen, keine wirksame Einwilligung einholt. Die Schaltfläche „Alle ablehnen“ müsse ebenso sichtbar sein wie „Alle akzeptieren“ und bereits auf der ersten Ebene stehen, urteilten die Richter in Karlsruhe am Donnerstag."#,
            r#"Geklagt hatte ein Verbraucherverband gegen den Betreiber einer Consent-Plattform, die von Hunderten Nachrichtenseiten genutzt wird. Dessen Anwalt Peter Hoffmann sagte vor Gericht, ein Banner mit dem Satz „Wir verwenden Cookies, um Ihr Erlebnis zu verbessern“ und einem einzigen grünen Knopf sei „keine Wahl, sondern eine Formalie“."#,
            r#"Die Werbewirtschaft warnt vor Einbußen von bis zu 30 Prozent. Leser, die auf „Cookies akzeptieren“ klicken, seien für Verlage etwa dreimal so viel wert wie jene, die ablehnen, erklärte <a href="https://vermarkter.example/stellungnahme">der Verband der Onlinevermarkter</a>. Kleinere Seiten müssten ihre Leser dann stärker um Geld bitten."#,
            r#"Datenschützer begrüßten das Urteil. „Jahrelang hieß es, wer weitersurft, stimmt allem zu“, sagte die Juristin Lea Brandt, die mehr als 400 Beschwerden gegen Cookie-Banner eingereicht hat. Die Aufsichtsbehörden wollen binnen sechs Monaten prüfen, ob die Seiten ihre Banner angepasst haben."#,
        ],
    },
    Story {
        lang: "de",
        topic: "logins",
        headline: "Datenleck bei Laufwerk: Millionen Nutzer müssen Passwort ändern",
        paras: &[
            r#"Nach einem Datenleck beim Fitnessportal Laufwerk müssen sich Millionen Nutzer neu anmelden und ihr Passwort zurücksetzen. Das Münchner Unternehmen räumte am Montag ein, dass im März eine Datenbank mit E-Mail-Adressen und verschlüsselten Passwörtern kopiert worden sei. Betroffen seien rund 4,3 Millionen Konten."#,
            r#"Wer die App öffnet, sieht zunächst den Hinweis „Bitte melden Sie sich an“ und wird dann aufgefordert, ein neues Passwort zu wählen. Der IT-Sicherheitsforscher Felix Wagner, der den Fall öffentlich gemacht hatte, sagte, die Passwörter seien mit einem veralteten Verfahren gesichert gewesen."#,
            r#"Technikchefin Anja Krüger entschuldigte sich in einem <a href="https://laufwerk.example/blog/sicherheit">Blogbeitrag</a> und riet allen Kunden zur Zwei-Faktor-Anmeldung. Wer die Funktion „Passwort vergessen“ nutze, erhalte einen Link per E-Mail; Zahlungsdaten seien nicht betroffen, schrieb sie."#,
            r#"Das Leck kommt wenige Wochen, nachdem Laufwerk die anonyme Nutzung beendet hatte: Seit Februar heißt es beim Start der App „Konto erstellen“, sonst lassen sich keine Läufe mehr speichern. Der Landesdatenschutzbeauftragte prüft den Fall und könnte ein Bußgeld von bis zu vier Prozent des Jahresumsatzes verhängen."#,
        ],
    },
    Story {
        lang: "de",
        topic: "adblock",
        headline: "Weniger Werbeblocker, mehr Sperrseiten",
        paras: &[
            r#"Der Anteil der Internetnutzer in Deutschland, die einen Werbeblocker verwenden, ist laut einer Umfrage eines Branchenverbands im vergangenen Jahr auf 23 Prozent gesunken. 2019 waren es noch 29 Prozent. Die Forscher führen den Rückgang auf Sperrseiten zurück, die Leser auffordern, ihren Adblocker zu deaktivieren."#,
            r#"Die Verlage sind dabei deutlicher geworden. Eine typische Meldung lautet inzwischen „Bitte deaktivieren Sie Ihren Werbeblocker“ und bietet zwei Möglichkeiten: die Seite auf die Ausnahmeliste setzen oder ein werbefreies Abo abschließen. Der Kölner Anbieter Blockwerk, dessen Erweiterung 40 Millionen Menschen nutzen, sieht darin keinen Grund zur Sorge."#,
            r#"„Die Leute sehen ‚Werbeblocker deaktivieren‘, schließen den Tab und lesen den Artikel woanders“, sagte Blockwerk-Sprecher Daniel Roth. Nach <a href="https://blockwerk.example/zahlen">internen Zahlen</a> verlasse etwa die Hälfte der betroffenen Leser die Seite sofort, nur jeder zehnte lasse die Werbung zu."#,
            r#"Auch die Browserhersteller ändern ihre Regeln. Neue Vorgaben, die begrenzen, wie viele Filter ein Werbeblocker laden darf, treten im Juni in Kraft. Datenschutzorganisationen sprechen von einem Rückschritt, der Hersteller verweist auf Sicherheit und Geschwindigkeit."#,
        ],
    },
    // ---------------------------------------------------------------- fr
    Story {
        lang: "fr",
        topic: "subscriptions",
        headline: "Le Courrier de l'Ouest franchit les 300 000 abonnés numériques",
        paras: &[
            r#"Le Courrier de l'Ouest revendique désormais 300 000 abonnés numériques, soit 40 % de plus qu'il y a un an. Sa directrice générale, Claire Moreau, attribue cette hausse à une offre d'essai à un euro le premier mois, et affirme que les lecteurs inscrits à la newsletter sont deux fois plus nombreux à s'abonner."#,
            r#"Le journal a testé plusieurs versions du message affiché après trois articles gratuits, a-t-elle expliqué jeudi devant des analystes. La formule la plus efficace est aussi la plus courte : « Abonnez-vous, sans engagement », suivie de la mention « Déjà abonné ? Connectez-vous », qui a fait progresser les souscriptions de 18 %."#,
            r#"L'économiste des médias Julien Lefèvre juge ces chiffres flatteurs. Environ un tiers des lecteurs résilient avant le premier prélèvement à plein tarif, écrit-il dans une <a href="https://medias.example/note">note publiée mardi</a>. « Tout le monde clique sur “essai gratuit”, la vraie question est de savoir qui paie encore au bout d'un an », résume-t-il."#,
            r#"Le quotidien veut aussi inciter davantage de lecteurs à créer un compte avant d'atteindre la limite. Ceux qui cliquent sur « Créer un compte » pourront lire cinq articles par mois au lieu de trois. Le rédacteur en chef, Antoine Girard, promet que la lettre du matin restera gratuite : « Inscrivez-vous à notre newsletter et vous aurez l'essentiel avant 7 heures. »"#,
        ],
    },
    Story {
        lang: "fr",
        topic: "donations",
        headline: "Record de dons pour Solidarité Loire",
        paras: &[
            r#"L'association Solidarité Loire a collecté 1,8 million d'euros lors de sa campagne d'hiver, un record depuis sa création. Plus de 22 000 donateurs ont participé, pour un don moyen de 45 euros, a annoncé lundi sa présidente, Martine Rousseau."#,
            r#"Selon elle, la refonte du site a joué un rôle décisif. La page s'ouvre désormais sur la phrase « Votre don permet à une famille de passer l'hiver au chaud » et un bouton « Faire un don », ce qui a doublé la part des visiteurs allant jusqu'au paiement. Le don reste déductible des impôts à 66 %."#,
            r#"L'association relève par ailleurs sa cotisation annuelle de 20 à 25 euros, une première depuis 2016. Les personnes qui deviennent membres avant avril conserveront l'ancien tarif, précise le <a href="https://solidarite-loire.example/rapport">rapport annuel</a>, qui rappelle en gras que « chaque euro compte »."#,
            r#"Au conseil d'administration, certains s'inquiètent d'une pression excessive. Un administrateur, qui a requis l'anonymat, rapporte que des donateurs se sont plaints de recevoir trois courriels par semaine leur demandant : « Soutenez-nous encore cette année ». L'association s'est engagée à limiter ses appels à un tous les quinze jours."#,
        ],
    },
    Story {
        lang: "fr",
        topic: "apps",
        headline: "L'application d'Azur Banque dépasse les cinq millions de téléchargements",
        paras: &[
            r#"L'application d'Azur Banque a été téléchargée plus de cinq millions de fois en mars, ce qui en fait l'application financière la plus téléchargée sur l'App Store en France pour le troisième mois consécutif. Selon son directeur du numérique, Nicolas Bernard, 60 % des clients ne se connectent plus que depuis leur téléphone."#,
            r#"Une association de consommateurs critique pourtant le bandeau qui accueille les clients sur le site mobile. « Ouvrir dans l'application » s'affiche en haut de l'écran, puis une fenêtre invite à « Télécharger l'application » quelques secondes plus tard, ce qui, selon sa porte-parole Inès Laurent, éloigne les clients âgés du site."#,
            r#"Nicolas Bernard défend cette stratégie : les clients qui activent les notifications sont prévenus en quelques secondes d'un paiement suspect. « Quand nous demandons d'activer les notifications, ce n'est pas du marketing, c'est de la lutte contre la fraude », a-t-il déclaré mercredi devant la commission des finances du Sénat."#,
            r#"« Activez les notifications », demandait l'application dès son ouverture. Selon la banque, 2,1 millions de clients ont accepté pendant la première semaine de la campagne."#,
            r#"Par ailleurs, une <a href="https://chu.example/etude">étude d'un CHU parisien</a> montre que les patients utilisant une application de suivi des symptômes sur Android et iPhone manquent 12 % de rendez-vous en moins. Les rappels sont plus efficaces envoyés la veille au soir, souligne la docteure Camille Petit, qui a dirigé les travaux."#,
        ],
    },
    Story {
        lang: "fr",
        topic: "cookies",
        headline: "Bandeaux cookies : refuser doit être aussi simple qu'accepter",
        paras: &[
            r#"Le Conseil d'État a jugé vendredi qu'un bandeau cookies rendant l'acceptation plus facile que le refus ne permet pas de recueillir un consentement valable. Le bouton « Tout refuser » doit être aussi visible que « Tout accepter » et figurer dès le premier niveau du bandeau, estiment les juges."#,
            r#"L'affaire avait été portée par une association d'internautes contre une plateforme de gestion du consentement utilisée par des centaines de sites d'information. Son avocat, Laurent Dubois, a plaidé qu'un message <a href="https://archive.example/bandeau.png">« Nous utilisons des cookies pour améliorer votre expérience »</a> accompagné d'un unique bouton vert n'était « pas un choix, mais une formalité »."#,
            r#"« Nous utilisons des cookies », affichait jusqu'ici le bandeau du site, sans bouton de refus. La plateforme a jusqu'au 1er juin pour le modifier, selon la décision."#,
            r#"Les régies publicitaires redoutent une perte de recettes pouvant atteindre 30 %. Un lecteur qui clique sur « Accepter et fermer » rapporte environ trois fois plus qu'un lecteur qui refuse, fait valoir <a href="https://regies.example/communique">le syndicat des régies</a>, qui craint que les petits sites ne doivent demander de l'argent à leurs lecteurs."#,
            r#"Les défenseurs de la vie privée ont salué la décision. « Pendant des années, on nous a dit qu'en poursuivant votre navigation, vous acceptiez tout », rappelle Sophie Martin, juriste spécialisée dans la protection des données. La CNIL contrôlera d'ici six mois la mise en conformité des sites."#,
        ],
    },
    Story {
        lang: "fr",
        topic: "logins",
        headline: "Fuite de données chez Foulée : les mots de passe réinitialisés",
        paras: &[
            r#"Des millions d'utilisateurs de la plateforme sportive Foulée ont dû se reconnecter et réinitialiser leur mot de passe lundi, après que l'entreprise a reconnu le vol en mars d'une base contenant adresses e-mail et mots de passe chiffrés. Environ 4,3 millions de comptes seraient concernés."#,
            r#"À l'ouverture de l'application, les utilisateurs voient s'afficher « Vous devez vous connecter pour continuer », puis une invitation à choisir un nouveau mot de passe. Le chercheur en sécurité Hugo Lambert, qui a révélé la fuite, explique que les mots de passe étaient protégés par une méthode de hachage obsolète."#,
            r#"Dans un <a href="https://foulee.example/blog">message publié sur le blog de l'entreprise</a>, la directrice technique, Élodie Fournier, présente ses excuses et recommande d'activer la double authentification. Les clients qui cliquent sur « Mot de passe oublié » reçoivent un lien par courriel ; aucune donnée bancaire n'a été dérobée, assure-t-elle."#,
            r#"La fuite survient quelques semaines après la fin de l'usage anonyme de l'application : depuis février, l'écran d'accueil affiche « Créez votre compte » avant toute sortie enregistrée. La CNIL a ouvert une procédure et pourrait infliger une amende allant jusqu'à 4 % du chiffre d'affaires mondial."#,
        ],
    },
    Story {
        lang: "fr",
        topic: "adblock",
        headline: "Les bloqueurs de publicité reculent face aux murs des éditeurs",
        paras: &[
            r#"La part des internautes français utilisant un bloqueur de publicité a reculé à 26 % l'an dernier, contre 33 % en 2019, selon un baromètre publié mardi par un cabinet d'études. Les auteurs attribuent cette baisse aux murs qui demandent aux lecteurs de désactiver leur bloqueur avant de lire un article."#,
            r#"Les éditeurs se montrent plus directs. Un message typique indique désormais « Vous utilisez un bloqueur de publicité » et propose deux options : autoriser les publicités sur le site ou souscrire un abonnement sans publicité. La société Bloqueo, dont l'extension compte 12 millions d'utilisateurs, assure que ces murs changent peu les comportements."#,
            r#"« Les gens lisent “désactivez votre bloqueur”, ferment l'onglet et vont lire l'article ailleurs », affirme son porte-parole, Mathieu Garnier. D'après des <a href="https://bloqueo.example/chiffres">chiffres internes</a>, près de la moitié des lecteurs concernés quittent aussitôt la page, et un sur dix seulement accepte la publicité."#,
            r#"Les navigateurs changent eux aussi leurs règles. De nouvelles conditions limitant le nombre de filtres qu'un bloqueur peut charger entrent en vigueur en juin ; les défenseurs de la vie privée y voient un recul, tandis que l'éditeur du navigateur invoque la sécurité et la rapidité."#,
        ],
    },
    // ---------------------------------------------------------------- es
    Story {
        lang: "es",
        topic: "subscriptions",
        headline: "El Diario del Levante alcanza los 250.000 suscriptores digitales",
        paras: &[
            r#"El Diario del Levante alcanzó los 250.000 suscriptores digitales en junio, un 35 % más que hace un año, según informó el grupo editor. Su consejera delegada, Lucía Navarro, atribuyó el aumento a una oferta que cobra un euro el primer mes y aseguró que los lectores que se apuntan al boletín tienen el doble de probabilidades de suscribirse."#,
            r#"Navarro explicó que el periódico probó varias versiones del aviso que aparece tras tres artículos gratuitos. La que mejor funcionó fue la más escueta, con la frase «Suscríbete, cancela cuando quieras» y la línea «¿Ya eres suscriptor? Inicia sesión», que elevó las altas un 18 %, dijo."#,
            r#"El analista de medios Javier Ortega considera que las cifras están infladas. Cerca de un tercio de los lectores cancela antes del primer cobro completo, escribió en un <a href="https://medios.example/informe">informe publicado el martes</a>. «Todo el mundo pulsa en “primer mes gratis”; la pregunta es quién sigue pagando al cabo de un año», resumió."#,
            r#"El diario también pedirá a más lectores que creen una cuenta antes de llegar al límite. Quienes pulsen «Regístrate» podrán leer cinco artículos al mes en lugar de tres. El director, Andrés Molina, prometió que el boletín matinal seguirá siendo gratuito: «Suscríbete a nuestra newsletter y tendrás lo esencial antes de las siete»."#,
        ],
    },
    Story {
        lang: "es",
        topic: "donations",
        headline: "Abrigo Solidario bate su récord de donaciones",
        paras: &[
            r#"La ONG Abrigo Solidario recaudó 1,6 millones de euros en su campaña de invierno, la mayor cifra en sus 30 años de historia, con más de 20.000 donantes y una aportación media de 40 euros. Su directora, Carmen Ruiz, presentó los datos el lunes en Valencia."#,
            r#"Ruiz atribuyó el éxito a un cambio en la web de la organización. La página se abre ahora con la frase «Tu donación ayuda a una familia a pasar el invierno» y un botón que dice «Dona ahora», lo que duplicó la proporción de visitantes que completaron el pago, según sus datos."#,
            r#"La ONG también sube la cuota anual de socio de 30 a 36 euros, la primera subida desde 2016. Quienes se hagan socios antes de abril mantendrán el precio anterior, detalla la <a href="https://abrigo.example/memoria">memoria anual</a>, que repite en letras grandes el lema «Cada euro cuenta»."#,
            r#"En el patronato hay voces críticas. Un miembro que pidió no ser identificado contó que algunos donantes se quejaron de recibir tres correos a la semana con el asunto «Apóyanos también este año», y la organización se ha comprometido a enviar como máximo un llamamiento cada quince días."#,
        ],
    },
    Story {
        lang: "es",
        topic: "apps",
        headline: "La app de Banca Sol supera los cinco millones de descargas",
        paras: &[
            r#"La aplicación del banco digital Banca Sol superó los cinco millones de descargas en marzo y es, por tercer mes consecutivo, la app financiera más descargada en la App Store en España. Su director digital, Pablo Herrera, afirmó que el 60 % de los clientes ya solo inicia sesión desde el móvil."#,
            r#"Las asociaciones de consumidores critican, sin embargo, el aviso que reciben los clientes en la web móvil. Primero aparece «Abrir en la app» en la parte superior y, segundos después, una ventana que invita a «Descarga la aplicación», lo que según la portavoz Elena Castro aleja de la web a los clientes mayores."#,
            r#"Herrera defendió la estrategia: quien activa las notificaciones recibe en segundos un aviso de cualquier pago sospechoso. «Cuando pedimos que activen las notificaciones no es publicidad, es prevención del fraude», declaró el miércoles ante la comisión de economía del Congreso."#,
            r#"«Activa las notificaciones», pedía la app en cuanto se abría. Según el banco, 2,1 millones de clientes aceptaron durante la primera semana de la campaña."#,
            r#"Un <a href="https://hospital.example/estudio">estudio de un hospital universitario de Barcelona</a> concluye, por otra parte, que los pacientes que usan una app de seguimiento de síntomas en Android e iPhone faltan un 12 % menos a sus citas. Los recordatorios funcionan mejor la víspera por la tarde, explicó la doctora Marta Gil."#,
        ],
    },
    Story {
        lang: "es",
        topic: "cookies",
        headline: "El Supremo exige que rechazar las cookies sea tan fácil como aceptarlas",
        paras: &[
            r#"El Tribunal Supremo ha dictaminado que un banner de cookies que facilita más aceptar que rechazar no obtiene un consentimiento válido. El botón «Rechazar todo» debe ser tan visible como «Aceptar todo» y figurar en la primera capa del aviso, señalan los magistrados en la sentencia conocida este jueves."#,
            r#"La demanda la presentó una asociación de usuarios contra la plataforma de consentimiento que utilizan cientos de medios digitales. Su abogado, Raúl Domínguez, sostuvo ante el tribunal que un mensaje que dice «Utilizamos cookies propias y de terceros para mejorar su experiencia» con un único botón verde «no es una elección, sino un trámite»."#,
            r#"Las agencias de publicidad calculan que la sentencia podría costar a los editores hasta un 30 % de sus ingresos. Un lector que pulsa «Aceptar y continuar» vale unas tres veces más que uno que rechaza, según <a href="https://publicidad.example/nota">la patronal del sector</a>, que teme que los medios pequeños tengan que pedir dinero a sus lectores."#,
            r#"Los defensores de la privacidad celebraron el fallo. «Durante años se nos dijo que si seguías navegando aceptabas todo», recordó Irene Vidal, abogada especializada en protección de datos. La Agencia Española de Protección de Datos revisará en seis meses si las webs han adaptado sus avisos."#,
        ],
    },
    Story {
        lang: "es",
        topic: "logins",
        headline: "Zancada obliga a cambiar contraseñas tras una filtración",
        paras: &[
            r#"Millones de usuarios de la plataforma deportiva Zancada tuvieron que volver a iniciar sesión y cambiar su contraseña el lunes, después de que la empresa admitiera que en marzo se copió una base de datos con correos electrónicos y contraseñas cifradas. Hay unos 4,3 millones de cuentas afectadas."#,
            r#"Al abrir la aplicación, los usuarios ven el mensaje <a href="https://archive.example/zancada.png">«Debes iniciar sesión para continuar»</a> y después se les pide elegir una nueva contraseña. El investigador de seguridad Diego Serrano, que destapó la filtración, explicó que las contraseñas estaban protegidas con un método obsoleto."#,
            r#"La directora de tecnología, Sara Delgado, pidió disculpas en una <a href="https://zancada.example/blog">entrada del blog corporativo</a> y recomendó activar la verificación en dos pasos. Quien pulse «¿Olvidaste tu contraseña?» recibirá un enlace por correo, y no se han visto afectados datos de pago, aseguró."#,
            r#"La filtración llega semanas después de que Zancada pusiera fin al uso anónimo: desde febrero la app muestra «Crea tu cuenta» antes de poder registrar una carrera. La Agencia Española de Protección de Datos ha abierto diligencias y podría imponer una multa de hasta el 4 % de la facturación global."#,
        ],
    },
    Story {
        lang: "es",
        topic: "adblock",
        headline: "Los bloqueadores de anuncios pierden terreno",
        paras: &[
            r#"El porcentaje de internautas españoles que usan un bloqueador de anuncios bajó al 24 % el año pasado, frente al 31 % de 2019, según un estudio de una asociación de publicidad digital. Los autores lo atribuyen a los muros que piden a los lectores desactivar el bloqueador antes de leer."#,
            r#"Los medios se han vuelto más directos. Un mensaje habitual dice ahora «Estás usando un bloqueador de anuncios» y ofrece dos opciones: permitir los anuncios en la web o pagar una suscripción sin publicidad. La empresa Bloquea, cuya extensión usan 15 millones de personas, cree que apenas cambian los hábitos."#,
            r#"«La gente ve “desactiva tu bloqueador”, cierra la pestaña y lee la noticia en otro sitio», dijo su portavoz, Álvaro Rubio. Según <a href="https://bloquea.example/datos">datos internos</a> de la compañía, casi la mitad de los lectores afectados abandona la página de inmediato y solo uno de cada diez acepta la publicidad."#,
            r#"Los navegadores también cambian sus reglas. En junio entran en vigor nuevas normas que limitan cuántos filtros puede cargar un bloqueador; las organizaciones de privacidad hablan de un retroceso, mientras el fabricante alega motivos de seguridad y rendimiento."#,
        ],
    },
    // ---------------------------------------------------------------- it
    Story {
        lang: "it",
        topic: "subscriptions",
        headline: "Il Corriere del Tirreno supera i 200.000 abbonati digitali",
        paras: &[
            r#"Il Corriere del Tirreno ha superato i 200.000 abbonati digitali, il 30% in più rispetto a un anno fa, ha annunciato martedì la società editrice. L'amministratrice delegata Giulia Ferri ha attribuito la crescita a un'offerta con il primo mese a un euro e ha spiegato che chi si iscrive alla newsletter ha il doppio delle probabilità di abbonarsi."#,
            r#"Il giornale ha provato diverse versioni dell'avviso che compare dopo tre articoli gratuiti, ha detto Ferri. La più efficace è stata la più breve, con la frase «Abbonati ora, disdici quando vuoi» e la riga «Sei già abbonato? Accedi», che ha fatto salire le sottoscrizioni del 18%."#,
            r#"L'analista dei media Marco Rinaldi ritiene però i numeri gonfiati. Circa un terzo dei lettori disdice prima del primo addebito a prezzo pieno, ha scritto in un <a href="https://media.example/rapporto">rapporto pubblicato lunedì</a>. «Tutti cliccano su “primo mese gratis”, la domanda è chi paga ancora dopo un anno», ha riassunto."#,
            r#"Il quotidiano chiederà inoltre a più lettori di registrarsi prima di raggiungere il limite. Chi clicca su «Registrati gratis» potrà leggere cinque articoli al mese invece di tre. Il direttore, Stefano Conti, ha promesso che la rassegna del mattino resterà gratuita: «Iscriviti alla newsletter e avrai l'essenziale prima delle sette»."#,
        ],
    },
    Story {
        lang: "it",
        topic: "donations",
        headline: "Mani Aperte, record di donazioni per l'inverno",
        paras: &[
            r#"La onlus Mani Aperte ha raccolto 1,2 milioni di euro con la campagna d'inverno, il risultato migliore in 25 anni di attività, grazie a oltre 16.000 donatori e a un contributo medio di 35 euro. I dati sono stati presentati lunedì a Genova dalla presidente, Francesca Gallo."#,
            r#"Gallo attribuisce il successo al nuovo sito dell'associazione. La pagina si apre ora con la frase «La tua donazione aiuta una famiglia a superare l'inverno» e un pulsante «Dona ora», e da allora la quota di visitatori che completano il pagamento è raddoppiata, ha spiegato."#,
            r#"L'associazione aumenta anche la quota associativa annuale da 20 a 25 euro, il primo ritocco dal 2016. Chi si iscrive come socio entro aprile manterrà la vecchia tariffa, precisa il <a href="https://maniaperte.example/bilancio">bilancio sociale</a>, che ricorda in grassetto che «ogni euro conta»."#,
            r#"Nel consiglio direttivo non mancano le critiche. Un consigliere, che ha chiesto l'anonimato, riferisce che alcuni donatori si sono lamentati di ricevere tre email alla settimana con l'oggetto «Sostienici anche quest'anno», e l'associazione si è impegnata a inviare al massimo un appello ogni due settimane."#,
        ],
    },
    Story {
        lang: "it",
        topic: "apps",
        headline: "L'app di Banca Aurora supera i cinque milioni di download",
        paras: &[
            r#"L'app della banca online Banca Aurora ha superato i cinque milioni di download a marzo ed è da tre mesi la app finanziaria più scaricata sull'App Store in Italia. Il responsabile digitale, Luca Marino, ha detto che il 60% dei clienti ormai accede soltanto dallo smartphone."#,
            r#"Le associazioni dei consumatori criticano però il banner che accoglie i clienti sul sito mobile. In alto compare «Apri nell'app» e pochi secondi dopo una finestra invita a <a href="https://archive.example/aurora.png">«Scarica l'app»</a>, il che secondo la portavoce Chiara Romano allontana dal sito i clienti più anziani."#,
            r#"Marino ha difeso la scelta: chi attiva le notifiche viene avvisato in pochi secondi di un pagamento sospetto. «Quando chiediamo di attivare le notifiche non facciamo pubblicità, facciamo prevenzione delle frodi», ha dichiarato mercoledì in audizione alla commissione Finanze della Camera."#,
            r#"Uno <a href="https://policlinico.example/studio">studio di un policlinico milanese</a> mostra intanto che i pazienti che usano un'app per monitorare i sintomi su Android e iPhone saltano il 12% di visite in meno. I promemoria funzionano meglio se inviati la sera prima, ha spiegato la dottoressa Elena Greco."#,
        ],
    },
    Story {
        lang: "it",
        topic: "cookies",
        headline: "Banner dei cookie, rifiutare dev'essere facile come accettare",
        paras: &[
            r#"Il Consiglio di Stato ha stabilito che un banner dei cookie che rende più facile accettare che rifiutare non raccoglie un consenso valido. Il pulsante «Rifiuta tutti» deve essere visibile quanto «Accetta tutti» e comparire già al primo livello del banner, hanno scritto i giudici nella sentenza depositata giovedì."#,
            r#"Il ricorso era stato presentato da un'associazione di utenti contro la piattaforma di gestione del consenso usata da centinaia di siti di informazione. Il suo avvocato, Paolo Esposito, ha sostenuto che un messaggio come «Utilizziamo i cookie per migliorare la tua esperienza» con un solo pulsante verde «non è una scelta, ma una formalità»."#,
            r#"Le concessionarie pubblicitarie temono perdite fino al 30% dei ricavi. Un lettore che clicca su «Accetta e chiudi» vale circa tre volte quello che rifiuta, sostiene <a href="https://pubblicita.example/nota">l'associazione di categoria</a>, secondo cui i siti più piccoli dovranno chiedere soldi ai lettori."#,
            r#"I difensori della privacy hanno accolto con favore la decisione. «Per anni ci hanno detto che continuando a navigare accettavamo tutto», ha ricordato Valentina Colombo, avvocata esperta di protezione dei dati. Il Garante verificherà entro sei mesi che i siti abbiano adeguato i propri banner."#,
        ],
    },
    Story {
        lang: "it",
        topic: "logins",
        headline: "Violazione di dati, Falcata fa cambiare le password",
        paras: &[
            r#"Milioni di utenti della piattaforma sportiva Falcata hanno dovuto accedere di nuovo e reimpostare la password lunedì, dopo che l'azienda ha ammesso che a marzo era stato copiato un database con indirizzi email e password cifrate. Gli account coinvolti sarebbero circa 4,3 milioni."#,
            r#"Aprendo l'app, gli utenti vedono il messaggio «Devi effettuare l'accesso per continuare» e poi la richiesta di scegliere una nuova password. Il ricercatore di sicurezza Andrea Moretti, che ha scoperto la violazione, ha spiegato che le password erano protette con un metodo ormai superato."#,
            r#"La responsabile tecnica, Silvia Ricci, si è scusata in un <a href="https://falcata.example/blog">post sul blog aziendale</a> e ha raccomandato di attivare l'autenticazione a due fattori. Chi clicca su «Password dimenticata» riceve un link via email; i dati di pagamento non sono stati toccati, ha assicurato."#,
            r#"La violazione arriva poche settimane dopo la fine dell'uso anonimo dell'app: da febbraio la schermata iniziale mostra «Crea il tuo account» prima di poter registrare un allenamento. Il Garante per la privacy ha avviato un'istruttoria e potrebbe infliggere una multa fino al 4% del fatturato globale."#,
        ],
    },
    Story {
        lang: "it",
        topic: "adblock",
        headline: "Meno adblock, più muri sui siti di notizie",
        paras: &[
            r#"La quota di utenti italiani che usano un adblock è scesa al 22% lo scorso anno, dal 28% del 2019, secondo un'indagine di un osservatorio universitario sulla pubblicità digitale. Gli autori attribuiscono il calo ai muri che chiedono ai lettori di disattivare il blocco degli annunci prima di leggere."#,
            r#"Gli editori sono diventati più diretti. Un messaggio tipico oggi recita «Stai usando un adblock» e offre due strade: consentire la pubblicità sul sito oppure pagare un abbonamento senza pubblicità. La società Filtra, la cui estensione conta 9 milioni di utenti, sostiene che questi muri cambiano poco le abitudini."#,
            r#"«La gente legge “disattiva l'adblock”, chiude la scheda e va a leggere l'articolo altrove», ha detto il portavoce Giorgio Fontana. Secondo <a href="https://filtra.example/dati">dati interni</a>, quasi la metà dei lettori interessati abbandona subito la pagina e solo uno su dieci accetta la pubblicità."#,
            r#"Anche i browser cambiano le regole. A giugno entrano in vigore nuove norme che limitano quanti filtri può caricare un'estensione per il blocco degli annunci; le associazioni per la privacy parlano di un passo indietro, mentre il produttore invoca sicurezza e velocità."#,
        ],
    },
    // ---------------------------------------------------------------- pt
    Story {
        lang: "pt",
        topic: "subscriptions",
        headline: "Folha do Litoral chega a 320 mil assinantes digitais",
        paras: &[
            r#"A Folha do Litoral chegou a 320 mil assinantes digitais em junho, 35% a mais que um ano antes, informou a empresa nesta quinta-feira. A diretora-executiva, Ana Carvalho, atribuiu o crescimento a uma oferta com o primeiro mês por R$ 1,90 e disse que leitores cadastrados na newsletter têm o dobro de chance de assinar."#,
            r#"Segundo Carvalho, o jornal testou várias versões do aviso exibido depois de três reportagens gratuitas. A mais eficiente foi a mais curta, com a frase “Assine já e cancele quando quiser” e a linha “Já é assinante? Faça login”, que elevou as assinaturas em 18%."#,
            r#"O analista de mídia Rafael Souza considera os números inflados. Cerca de um terço dos leitores cancela antes da primeira cobrança integral, escreveu ele em um <a href="https://midia.example/relatorio">relatório divulgado na terça</a>. “Todo mundo clica em ‘primeiro mês grátis’; a pergunta é quem continua pagando depois de um ano”, resumiu."#,
            r#"O jornal também vai pedir a mais leitores que criem uma conta antes de atingir o limite. Quem clicar em “Cadastre-se grátis” poderá ler cinco textos por mês, em vez de três. O editor-chefe, Bruno Almeida, prometeu que o boletim da manhã continuará gratuito: “Assine nossa newsletter e receba o essencial antes das sete.”"#,
        ],
    },
    Story {
        lang: "pt",
        topic: "donations",
        headline: "ONG Mãos Dadas bate recorde de doações",
        paras: &[
            r#"A ONG Mãos Dadas arrecadou R$ 4,8 milhões em sua campanha de inverno, o maior valor em 20 anos de atuação, com mais de 25 mil doadores e uma doação média de R$ 190. Os números foram apresentados na segunda-feira em Porto Alegre pela presidente, Juliana Ribeiro."#,
            r#"Ribeiro atribui o resultado a uma mudança no site da entidade. A página agora abre com a frase “Sua doação ajuda uma família a atravessar o inverno” e um botão “Doe agora”, o que dobrou a proporção de visitantes que concluíram o pagamento, segundo ela."#,
            r#"A ONG também vai reajustar a mensalidade dos associados de R$ 25 para R$ 30, o primeiro aumento desde 2016. Quem se associar até abril mantém o valor antigo, informa o <a href="https://maosdadas.example/relatorio">relatório anual</a>, que destaca em negrito o lema “cada real conta”."#,
            r#"No conselho há quem critique a frequência dos pedidos. Um conselheiro que pediu anonimato contou que doadores reclamaram de receber três e-mails por semana com o assunto “Apoie nosso trabalho também este ano”, e a entidade se comprometeu a enviar no máximo um apelo a cada quinze dias."#,
        ],
    },
    Story {
        lang: "pt",
        topic: "apps",
        headline: "App do Banco Aurora passa de cinco milhões de downloads",
        paras: &[
            r#"O aplicativo do banco digital Banco Aurora superou cinco milhões de downloads em março e é, pelo terceiro mês seguido, o app financeiro mais baixado da App Store no Brasil. O diretor digital, Felipe Rocha, afirmou que 60% dos clientes já acessam a conta apenas pelo celular."#,
            r#"Entidades de defesa do consumidor, porém, criticam o aviso que aparece no site móvel. No alto da tela surge “Abrir no app” e, segundos depois, uma janela pede <a href="https://archive.example/aurora.png">“Baixe o aplicativo”</a>, o que, segundo a advogada Patrícia Lima, afasta do site os clientes mais velhos."#,
            r#"Rocha defendeu a estratégia: quem ativa as notificações é avisado em segundos de qualquer pagamento suspeito. “Quando pedimos para ativar notificações, não é propaganda, é prevenção de fraude”, disse ele na quarta-feira, em audiência na Comissão de Defesa do Consumidor da Câmara."#,
            r#"Um <a href="https://hospital.example/pesquisa">estudo de um hospital universitário paulista</a> mostra ainda que pacientes que usam um aplicativo de acompanhamento de sintomas no Android e no iPhone faltam 12% menos às consultas. Os lembretes funcionam melhor na véspera à noite, explicou a médica Renata Martins."#,
        ],
    },
    Story {
        lang: "pt",
        topic: "cookies",
        headline: "Tribunal decide que recusar cookies deve ser tão fácil quanto aceitar",
        paras: &[
            r#"O Superior Tribunal de Justiça decidiu que um banner de cookies que torna mais fácil aceitar do que recusar não obtém um consentimento válido. O botão “Rejeitar todos” deve ser tão visível quanto “Aceitar todos” e aparecer já na primeira camada do aviso, afirmaram os ministros no julgamento concluído nesta quinta-feira."#,
            r#"A ação foi movida por uma associação de usuários contra a plataforma de gestão de consentimento usada por centenas de sites de notícias. O advogado Gustavo Pereira argumentou que uma mensagem como “Utilizamos cookies para melhorar sua experiência”, com um único botão verde, “não é uma escolha, é uma formalidade”."#,
            r#"As agências de publicidade estimam perdas de até 30% na receita. Um leitor que clica em “Aceitar e fechar” vale cerca de três vezes mais do que um que recusa, afirmou <a href="https://publicidade.example/nota">a associação do setor</a>, que teme que sites menores precisem pedir dinheiro aos leitores."#,
            r#"Defensores da privacidade comemoraram a decisão. “Durante anos nos disseram que, ao continuar navegando, a gente aceitava tudo”, lembrou Camila Duarte, advogada especializada em proteção de dados. A ANPD informou que vai verificar em seis meses se os sites adaptaram seus avisos."#,
        ],
    },
    Story {
        lang: "pt",
        topic: "logins",
        headline: "Vazamento obriga usuários da Passada a trocar a senha",
        paras: &[
            r#"Milhões de usuários da plataforma esportiva Passada tiveram de fazer login novamente e redefinir a senha na segunda-feira, depois que a empresa admitiu que um banco de dados com e-mails e senhas criptografadas foi copiado em março. Cerca de 4,3 milhões de contas foram afetadas."#,
            r#"Ao abrir o aplicativo, os usuários veem a mensagem “Você precisa fazer login para continuar” e, em seguida, o pedido para escolher uma nova senha. O pesquisador de segurança Thiago Nunes, que revelou o vazamento, explicou que as senhas eram protegidas por um método ultrapassado."#,
            r#"A diretora de tecnologia, Larissa Gomes, pediu desculpas em um <a href="https://passada.example/blog">texto no blog da empresa</a> e recomendou ativar a verificação em duas etapas. Quem clicar em “Esqueceu a senha?” recebe um link por e-mail; dados de pagamento não foram expostos, garantiu."#,
            r#"O vazamento ocorre semanas depois de a Passada acabar com o uso anônimo: desde fevereiro, o app exibe “Crie sua conta” antes de permitir o registro de uma corrida. A ANPD abriu um processo de fiscalização e pode aplicar multa de até 2% do faturamento da empresa no Brasil."#,
        ],
    },
    Story {
        lang: "pt",
        topic: "adblock",
        headline: "Uso de bloqueadores de anúncios cai no Brasil",
        paras: &[
            r#"A parcela de internautas brasileiros que usam bloqueador de anúncios caiu para 21% no ano passado, ante 27% em 2019, segundo uma pesquisa de uma associação de mídia digital. Os autores atribuem a queda aos bloqueios que pedem aos leitores que desativem o bloqueador antes de ler."#,
            r#"Os sites ficaram mais diretos. Uma mensagem típica hoje diz “Você está usando um bloqueador de anúncios” e oferece duas opções: permitir os anúncios no site ou pagar uma assinatura sem publicidade. A empresa Barreira, cuja extensão tem 10 milhões de usuários, diz que isso muda pouco os hábitos."#,
            r#"“As pessoas leem ‘desative seu bloqueador’, fecham a aba e vão ler a notícia em outro lugar”, disse o porta-voz Leonardo Castro. Segundo <a href="https://barreira.example/dados">dados internos</a>, quase metade dos leitores afetados deixa a página na hora, e só um em cada dez aceita os anúncios."#,
            r#"Os navegadores também estão mudando as regras. Em junho entram em vigor novas normas que limitam quantos filtros uma extensão de bloqueio pode carregar; entidades de privacidade falam em retrocesso, enquanto a fabricante alega segurança e desempenho."#,
        ],
    },
    // ---------------------------------------------------------------- pl
    Story {
        lang: "pl",
        topic: "subscriptions",
        headline: "Kurier Bałtycki ma 180 tys. cyfrowych subskrybentów",
        paras: &[
            r#"Kurier Bałtycki ma już 180 tys. cyfrowych subskrybentów, o 30 proc. więcej niż przed rokiem, poinformowało w czwartek wydawnictwo. Prezes Anna Zielińska przypisuje wzrost ofercie, w której pierwszy miesiąc kosztuje złotówkę, i twierdzi, że czytelnicy zapisani do newslettera dwa razy częściej wykupują dostęp."#,
            r#"Redakcja testowała kilka wersji komunikatu, który pojawia się po trzech darmowych artykułach, powiedziała Zielińska. Najlepiej sprawdziła się najkrótsza, z hasłem „Wykup dostęp, zrezygnuj w każdej chwili” i dopiskiem „Masz już konto? Zaloguj się”, która podniosła sprzedaż o 18 proc."#,
            r#"Analityk rynku mediów Piotr Wiśniewski uważa, że liczby są zawyżone. Około jednej trzeciej czytelników rezygnuje przed pierwszą pełną płatnością, napisał w <a href="https://media.example/raport">raporcie opublikowanym we wtorek</a>. „Każdy klika w »pierwszy miesiąc za darmo«, pytanie brzmi, kto płaci po roku” – podsumował."#,
            r#"Gazeta chce też, by więcej czytelników zakładało konto przed wyczerpaniem limitu. Kto kliknie „Załóż darmowe konto”, przeczyta pięć artykułów miesięcznie zamiast trzech. Redaktor naczelny Tomasz Kowalczyk zapewnia, że poranny przegląd pozostanie bezpłatny: „Zapisz się do newslettera, a najważniejsze wiadomości dostaniesz przed siódmą”."#,
        ],
    },
    Story {
        lang: "pl",
        topic: "donations",
        headline: "Rekordowa zbiórka Fundacji Ciepły Dom",
        paras: &[
            r#"Fundacja Ciepły Dom zebrała w zimowej zbiórce 5,2 mln zł, najwięcej w swojej 25-letniej historii. Wpłat dokonało ponad 30 tys. osób, a średnia darowizna wyniosła 170 zł, poinformowała w poniedziałek w Poznaniu prezes fundacji Katarzyna Nowak."#,
            r#"Nowak przypisuje sukces zmianie na stronie internetowej. Strona otwiera się teraz zdaniem „Twoje wsparcie pomoże rodzinie przetrwać zimę” i przyciskiem „Przekaż darowiznę”, co według danych fundacji podwoiło odsetek odwiedzających, którzy dokończyli płatność."#,
            r#"Fundacja podnosi też roczną składkę członkowską z 60 do 80 zł, po raz pierwszy od 2016 roku. Kto zapisze się przed kwietniem, zachowa starą stawkę, czytamy w <a href="https://cieplydom.example/sprawozdanie">sprawozdaniu rocznym</a>, które przypomina pogrubionym drukiem, że „każda złotówka się liczy”."#,
            r#"W radzie fundacji nie brakuje krytyki. Jeden z członków, który prosił o anonimowość, mówi, że darczyńcy skarżyli się na trzy e-maile tygodniowo z tematem „Wesprzyj nas także w tym roku”. Fundacja zobowiązała się wysyłać apele najwyżej raz na dwa tygodnie."#,
        ],
    },
    Story {
        lang: "pl",
        topic: "apps",
        headline: "Aplikacja Banku Zorza pobrana pięć milionów razy",
        paras: &[
            r#"Aplikację mobilną Banku Zorza pobrano w marcu ponad pięć milionów razy i od trzech miesięcy jest to najczęściej pobierana aplikacja finansowa w App Store w Polsce. Dyrektor ds. cyfrowych Marcin Lewandowski powiedział, że 60 proc. klientów loguje się już wyłącznie przez telefon."#,
            r#"Organizacje konsumenckie krytykują jednak baner, który wita klientów w mobilnej wersji serwisu. Na górze ekranu pojawia się „Otwórz w aplikacji”, a kilka sekund później okno z wezwaniem „Pobierz aplikację”, co według rzeczniczki Magdaleny Wójcik zniechęca starszych klientów."#,
            r#"Lewandowski broni tej strategii: kto włączy powiadomienia, w ciągu kilku sekund dostaje ostrzeżenie o podejrzanej płatności. „Kiedy prosimy, żeby włączyć powiadomienia, to nie jest reklama, tylko ochrona przed oszustwami” – mówił w środę na posiedzeniu sejmowej komisji finansów."#,
            r#"Z kolei <a href="https://szpital.example/badanie">badanie jednego z warszawskich szpitali</a> pokazuje, że pacjenci korzystający z aplikacji do monitorowania objawów na Androida i iPhone'a o 12 proc. rzadziej opuszczają wizyty. Przypomnienia działają najlepiej wysłane wieczorem dzień wcześniej, wyjaśnia dr Agnieszka Kamińska."#,
        ],
    },
    Story {
        lang: "pl",
        topic: "cookies",
        headline: "Sąd: odmowa zgody na cookies musi być równie łatwa",
        paras: &[
            r#"Naczelny Sąd Administracyjny orzekł, że baner cookies, w którym łatwiej wyrazić zgodę niż odmówić, nie pozwala uzyskać ważnej zgody. Przycisk „Odrzuć wszystkie” musi być równie widoczny jak „Zaakceptuj wszystkie” i znajdować się już na pierwszej warstwie banera, napisali sędziowie w czwartkowym wyroku."#,
            r#"Skargę złożyło stowarzyszenie użytkowników internetu przeciwko platformie do zarządzania zgodami, z której korzysta kilkaset serwisów informacyjnych. Jego pełnomocnik, mecenas Krzysztof Dąbrowski, przekonywał, że komunikat „Używamy plików cookie, aby poprawić Twoje wrażenia” z jednym zielonym przyciskiem „to nie wybór, tylko formalność”."#,
            r#"Branża reklamowa szacuje, że wyrok może kosztować wydawców nawet 30 proc. przychodów. Czytelnik, który kliknie „Akceptuję wszystkie”, jest wart mniej więcej trzy razy więcej niż ten, który odmówi, twierdzi <a href="https://reklama.example/stanowisko">organizacja branżowa</a>, obawiając się, że mniejsze serwisy będą musiały prosić czytelników o pieniądze."#,
            r#"Obrońcy prywatności przyjęli wyrok z zadowoleniem. „Latami słyszeliśmy, że kto przegląda stronę dalej, zgadza się na wszystko” – przypomniała Joanna Szymańska, prawniczka specjalizująca się w ochronie danych. Urząd Ochrony Danych Osobowych zapowiedział kontrole w ciągu pół roku."#,
        ],
    },
    Story {
        lang: "pl",
        topic: "logins",
        headline: "Wyciek danych z serwisu Krok. Użytkownicy muszą zmienić hasła",
        paras: &[
            r#"Miliony użytkowników serwisu biegowego Krok musiały w poniedziałek ponownie się zalogować i zresetować hasło, po tym jak firma przyznała, że w marcu skopiowano bazę z adresami e-mail i zaszyfrowanymi hasłami. Wyciek dotyczy około 4,3 mln kont."#,
            r#"Po otwarciu aplikacji użytkownicy widzą komunikat <a href="https://archive.example/krok.png">„Musisz się zalogować, aby kontynuować”</a>, a następnie prośbę o ustawienie nowego hasła. Badacz bezpieczeństwa Michał Zając, który ujawnił wyciek, wyjaśnił, że hasła były zabezpieczone przestarzałą metodą."#,
            r#"Dyrektor ds. technologii Ewa Kaczmarek przeprosiła we <a href="https://krok.example/blog">wpisie na firmowym blogu</a> i zaleciła włączenie uwierzytelniania dwuskładnikowego. Kto kliknie „Zapomniałeś hasła?”, dostanie link e-mailem; dane płatnicze nie wyciekły, zapewniła."#,
            r#"Wyciek nastąpił kilka tygodni po tym, jak Krok zakończył anonimowe korzystanie z aplikacji: od lutego ekran startowy wyświetla „Załóż konto”, zanim można zapisać trening. Urząd Ochrony Danych Osobowych wszczął postępowanie i może nałożyć karę do 4 proc. światowego obrotu."#,
        ],
    },
    Story {
        lang: "pl",
        topic: "adblock",
        headline: "Coraz mniej Polaków blokuje reklamy",
        paras: &[
            r#"Odsetek polskich internautów korzystających z blokera reklam spadł w ubiegłym roku do 27 proc. z 35 proc. w 2019 roku, wynika z badania jednej z organizacji branży reklamy cyfrowej. Autorzy przypisują spadek ścianom, które proszą czytelników o wyłączenie blokady przed lekturą."#,
            r#"Wydawcy stali się bardziej bezpośredni. Typowy komunikat brzmi dziś „Używasz blokera reklam” i daje dwie możliwości: dodać serwis do wyjątków albo wykupić abonament bez reklam. Firma Tarcza, której rozszerzenie ma 8 mln użytkowników, uważa, że takie ściany niewiele zmieniają."#,
            r#"„Ludzie widzą »wyłącz adblock«, zamykają kartę i czytają artykuł gdzie indziej” – mówi rzecznik firmy Paweł Mazur. Według <a href="https://tarcza.example/dane">danych wewnętrznych</a> prawie połowa takich czytelników od razu opuszcza stronę, a tylko co dziesiąty zgadza się na reklamy."#,
            r#"Zmieniają się też zasady przeglądarek. W czerwcu wchodzą w życie reguły ograniczające liczbę filtrów, jakie może załadować rozszerzenie blokujące reklamy; organizacje broniące prywatności mówią o kroku wstecz, a producent powołuje się na bezpieczeństwo i szybkość."#,
        ],
    },
    // ---------------------------------------------------------------- nl
    Story {
        lang: "nl",
        topic: "subscriptions",
        headline: "Noorder Dagblad groeit naar 190.000 digitale abonnees",
        paras: &[
            r#"Het Noorder Dagblad telt inmiddels 190.000 digitale abonnees, 30 procent meer dan een jaar geleden, maakte de uitgever donderdag bekend. Directeur Sanne de Vries schrijft de groei toe aan een aanbieding waarbij de eerste maand één euro kost, en zegt dat lezers die zich aanmelden voor de nieuwsbrief twee keer zo vaak een abonnement nemen."#,
            r#"De krant testte verschillende versies van de melding die na drie gratis artikelen verschijnt, aldus De Vries. De kortste werkte het best: „Word abonnee, maandelijks opzegbaar”, met daaronder „Al abonnee? Log in”, wat het aantal aanmeldingen met 18 procent verhoogde."#,
            r#"Media-analist Bram Jansen vindt de cijfers geflatteerd. Ongeveer een derde van de lezers zegt op voordat de eerste volledige betaling volgt, schreef hij in een <a href="https://media.example/rapport">dinsdag gepubliceerd rapport</a>. „Iedereen klikt op ‘eerste maand gratis’; de vraag is wie na een jaar nog betaalt”, vatte hij samen."#,
            r#"De krant gaat meer lezers vragen een account aan te maken voordat ze de limiet bereiken. Wie op „Gratis registreren” klikt, kan vijf in plaats van drie artikelen per maand lezen. Hoofdredacteur Pieter Bakker belooft dat de ochtendbrief gratis blijft: „Schrijf je in voor de nieuwsbrief en je hebt het belangrijkste nieuws voor zevenen in je mailbox.”"#,
        ],
    },
    Story {
        lang: "nl",
        topic: "donations",
        headline: "Recordopbrengst voor winteractie Warm Welkom",
        paras: &[
            r#"Stichting Warm Welkom heeft met haar winteractie 1,4 miljoen euro opgehaald, het hoogste bedrag in haar 25-jarige bestaan. Ruim 19.000 mensen gaven, gemiddeld 42 euro, maakte directeur Marieke Visser maandag in Utrecht bekend."#,
            r#"Visser schrijft het succes toe aan een vernieuwde website. De pagina opent nu met de zin „Jouw donatie helpt een gezin de winter door” en een knop <a href="https://warmwelkom.example/doneren">„Doneer nu”</a>, waardoor het aandeel bezoekers dat daadwerkelijk betaalde verdubbelde, zegt ze."#,
            r#"De stichting verhoogt ook de jaarlijkse contributie voor leden van 25 naar 30 euro, de eerste verhoging sinds 2016. Wie voor april lid wordt, houdt het oude tarief, staat in het <a href="https://warmwelkom.example/jaarverslag">jaarverslag</a>, dat vetgedrukt herhaalt dat „elke euro telt”."#,
            r#"In het bestuur klinkt ook kritiek. Een bestuurslid dat niet met naam genoemd wil worden, zegt dat donateurs klaagden over drie e-mails per week met als onderwerp „Steun ons ook dit jaar”. De stichting heeft beloofd voortaan hooguit eens per twee weken een oproep te sturen."#,
        ],
    },
    Story {
        lang: "nl",
        topic: "apps",
        headline: "App van Bank Noorderlicht vijf miljoen keer gedownload",
        paras: &[
            r#"De app van Bank Noorderlicht is in maart meer dan vijf miljoen keer gedownload en staat al drie maanden bovenaan de financiële apps in de App Store in Nederland. Digitaal directeur Joris Mulder zei dat 60 procent van de klanten alleen nog via de telefoon inlogt."#,
            r#"Consumentenorganisaties hebben kritiek op de banner die klanten op de mobiele website krijgen. Bovenaan verschijnt „Open in de app” en enkele seconden later een venster met de oproep „Download de app”, wat volgens woordvoerder Lotte Smit oudere klanten van de website wegjaagt."#,
            r#"Mulder verdedigt de aanpak: wie meldingen aanzet, wordt binnen enkele seconden gewaarschuwd voor een verdachte betaling. „Als we vragen om meldingen in te schakelen, is dat geen reclame maar fraudepreventie”, zei hij woensdag tijdens een hoorzitting in de Tweede Kamer."#,
            r#"Een <a href="https://ziekenhuis.example/onderzoek">onderzoek van een academisch ziekenhuis</a> laat intussen zien dat patiënten die een app voor het bijhouden van klachten op Android en iPhone gebruiken 12 procent minder afspraken missen. Herinneringen werken het best de avond ervoor, aldus onderzoeksleider Femke de Boer."#,
        ],
    },
    Story {
        lang: "nl",
        topic: "cookies",
        headline: "Raad van State: weigeren moet even makkelijk als accepteren",
        paras: &[
            r#"De Raad van State heeft geoordeeld dat een cookiebanner waarop accepteren makkelijker is dan weigeren geen geldige toestemming oplevert. De knop „Alles weigeren” moet even zichtbaar zijn als „Alles accepteren” en al in de eerste laag van de banner staan, schrijven de rechters in de uitspraak van donderdag."#,
            r#"De zaak was aangespannen door een vereniging van internetgebruikers tegen het toestemmingsplatform dat honderden nieuwssites gebruiken. Advocaat Daan Hendriks betoogde dat een melding als „Wij gebruiken cookies om je ervaring te verbeteren” met één groene knop „geen keuze, maar een formaliteit” is."#,
            r#"Adverteerders vrezen een omzetverlies tot 30 procent. Een lezer die op „Alle cookies accepteren” klikt, is ongeveer drie keer zoveel waard als een lezer die weigert, stelt <a href="https://reclame.example/reactie">de brancheorganisatie</a>, die vreest dat kleinere sites hun lezers om geld zullen moeten vragen."#,
            r#"Privacyvoorvechters zijn blij met de uitspraak. „Jarenlang kregen we te horen dat je met alles instemde als je gewoon doorklikte”, zei Eva van Dijk, advocaat gespecialiseerd in gegevensbescherming. De Autoriteit Persoonsgegevens gaat binnen zes maanden controleren of sites hun banners hebben aangepast."#,
        ],
    },
    Story {
        lang: "nl",
        topic: "logins",
        headline: "Datalek bij sportplatform Pas: miljoenen wachtwoorden gewijzigd",
        paras: &[
            r#"Miljoenen gebruikers van het sportplatform Pas moesten maandag opnieuw inloggen en hun wachtwoord wijzigen, nadat het bedrijf had toegegeven dat in maart een database met e-mailadressen en versleutelde wachtwoorden was gekopieerd. Het gaat om ongeveer 4,3 miljoen accounts."#,
            r#"Wie de app opent, ziet eerst de melding „Je moet ingelogd zijn om verder te gaan” en daarna het verzoek een nieuw wachtwoord te kiezen. Beveiligingsonderzoeker Thijs de Graaf, die het lek ontdekte, zei dat de wachtwoorden met een verouderde methode waren beveiligd."#,
            r#"Technisch directeur Anouk Meijer bood in een <a href="https://pas.example/blog">blogbericht</a> haar excuses aan en raadde tweestapsverificatie aan. Wie op „Wachtwoord vergeten” klikt, krijgt een link per e-mail; betaalgegevens zijn niet buitgemaakt, verzekerde ze."#,
            r#"Het lek komt enkele weken nadat Pas een einde maakte aan anoniem gebruik: sinds februari toont de app „Maak een account aan” voordat je een loop kunt opslaan. De Autoriteit Persoonsgegevens doet onderzoek en kan een boete opleggen van maximaal 4 procent van de wereldwijde omzet."#,
        ],
    },
    Story {
        lang: "nl",
        topic: "adblock",
        headline: "Minder adblockers door muren op nieuwssites",
        paras: &[
            r#"Het aandeel Nederlandse internetgebruikers met een adblocker is vorig jaar gedaald naar 25 procent, tegen 32 procent in 2019, blijkt uit onderzoek van een brancheorganisatie voor digitale reclame. De onderzoekers wijten de daling aan muren die lezers vragen hun adblocker uit te zetten voordat ze verder kunnen lezen."#,
            r#"Uitgevers zijn directer geworden. Een typische melding luidt nu „Je gebruikt een adblocker” en biedt twee keuzes: advertenties toestaan op de site of een advertentievrij abonnement nemen. Het bedrijf Schild, waarvan de extensie 6 miljoen gebruikers heeft, denkt dat zulke muren weinig aan het gedrag veranderen."#,
            r#"„Mensen zien ‘schakel je adblocker uit’, sluiten het tabblad en lezen het artikel ergens anders”, zei woordvoerder Ruben Peters. Volgens <a href="https://schild.example/cijfers">interne cijfers</a> verlaat bijna de helft van die lezers meteen de pagina en staat slechts één op de tien de advertenties toe."#,
            r#"Ook browsers passen hun regels aan. In juni gaan regels in die beperken hoeveel filters een extensie voor advertentieblokkering mag laden; privacyorganisaties spreken van een stap terug, terwijl de maker wijst op veiligheid en snelheid."#,
        ],
    },
];

/// The nags a site in each language shows, one per category, drawn
/// alongside `NAGS` for a story in that language.
const LOCAL_NAGS: &[(&str, &[&str])] = &[
    (
        "de",
        &[
            r#"<div class="y1"><h3>Unterstützen Sie unabhängigen Journalismus</h3><p>Jeder Beitrag hilft.</p><a href="/spenden">Jetzt spenden</a></div>"#,
            r#"<div class="y2"><p>Newsletter abonnieren</p><input type="email" placeholder="Ihre E-Mail-Adresse"><button>Anmelden</button></div>"#,
            r#"<div class="y3" style="position:fixed"><p>Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten.</p><button>Alle akzeptieren</button><button>Alle ablehnen</button></div>"#,
            r#"<div class="y4"><p>Dürfen wir Sie im Browser über die wichtigsten Nachrichten informieren?</p><button>Ja</button><button>Später</button></div>"#,
            r#"<div class="y5"><p>Weiterlesen mit dem Digital-Abo. Monatlich kündbar.</p><a href="/abo">Jetzt abonnieren</a></div>"#,
            r#"<div class="y6"><p>Sie müssen angemeldet sein, um zu kommentieren.</p><a href="/login">Anmelden</a> <a href="/registrieren">Jetzt registrieren</a></div>"#,
            r#"<div class="y7"><p>In der App lesen</p><a href="/app">App herunterladen</a></div>"#,
            r#"<div class="y8"><p>Sie verwenden einen Werbeblocker. Bitte deaktivieren Sie Ihren Werbeblocker.</p></div>"#,
        ],
    ),
    (
        "fr",
        &[
            r#"<div class="y1"><h3>Soutenez le journalisme indépendant</h3><p>Chaque don compte.</p><a href="/don">Faire un don</a></div>"#,
            r#"<div class="y2"><p>Inscrivez-vous à notre newsletter</p><input type="email" placeholder="Votre adresse e-mail"><button>Je m'inscris</button></div>"#,
            r#"<div class="y3" style="position:fixed"><p>Nous utilisons des cookies pour améliorer votre expérience.</p><button>Tout accepter</button><button>Tout refuser</button></div>"#,
            r#"<div class="y4"><p>Souhaitez-vous recevoir les notifications de l'actualité ?</p><button>Oui</button><button>Plus tard</button></div>"#,
            r#"<div class="y5"><p>Cet article est réservé aux abonnés. Sans engagement.</p><a href="/abonnement">Je m'abonne</a></div>"#,
            r#"<div class="y6"><p>Vous devez être connecté pour publier un commentaire.</p><a href="/connexion">Se connecter</a> <a href="/inscription">Créer un compte</a></div>"#,
            r#"<div class="y7"><p>Lire dans l'application</p><a href="/app">Télécharger l'application</a></div>"#,
            r#"<div class="y8"><p>Vous utilisez un bloqueur de publicité. Merci de désactiver votre bloqueur.</p></div>"#,
        ],
    ),
    (
        "es",
        &[
            r#"<div class="y1"><h3>Apoya el periodismo independiente</h3><p>Cada aportación cuenta.</p><a href="/donar">Dona ahora</a></div>"#,
            r#"<div class="y2"><p>Suscríbete a nuestra newsletter</p><input type="email" placeholder="Introduce tu email"><button>Suscribirme</button></div>"#,
            r#"<div class="y3" style="position:fixed"><p>Utilizamos cookies propias y de terceros para mejorar su experiencia.</p><button>Aceptar todo</button><button>Rechazar todo</button></div>"#,
            r#"<div class="y4"><p>¿Quieres recibir notificaciones? No te pierdas ninguna noticia.</p><button>Sí</button><button>Ahora no</button></div>"#,
            r#"<div class="y5"><p>Este contenido es exclusivo para suscriptores.</p><a href="/suscripcion">Suscríbete</a></div>"#,
            r#"<div class="y6"><p>Para comentar debes iniciar sesión.</p><a href="/login">Inicia sesión</a> <a href="/registro">Regístrate</a></div>"#,
            r#"<div class="y7"><p>Lee en la app</p><a href="/app">Descarga la app</a></div>"#,
            r#"<div class="y8"><p>Estás usando un bloqueador de anuncios. Desactiva tu bloqueador para seguir leyendo.</p></div>"#,
        ],
    ),
    (
        "it",
        &[
            r#"<div class="y1"><h3>Sostieni il giornalismo indipendente</h3><p>Ogni contributo conta.</p><a href="/dona">Dona ora</a></div>"#,
            r#"<div class="y2"><p>Iscriviti alla nostra newsletter</p><input type="email" placeholder="Il tuo indirizzo email"><button>Iscriviti</button></div>"#,
            r#"<div class="y3" style="position:fixed"><p>Utilizziamo i cookie per migliorare la tua esperienza.</p><button>Accetta tutti</button><button>Rifiuta tutti</button></div>"#,
            r#"<div class="y4"><p>Vuoi ricevere notifiche? Non perderti nessuna notizia.</p><button>Sì</button><button>Più tardi</button></div>"#,
            r#"<div class="y5"><p>Questo articolo è riservato agli abbonati.</p><a href="/abbonati">Abbonati ora</a></div>"#,
            r#"<div class="y6"><p>Per commentare devi effettuare il login.</p><a href="/accedi">Accedi</a> <a href="/registrati">Registrati gratis</a></div>"#,
            r#"<div class="y7"><p>Leggi nell'app</p><a href="/app">Scarica l'app</a></div>"#,
            r#"<div class="y8"><p>Stai usando un adblock. Disattiva l'adblock per continuare.</p></div>"#,
        ],
    ),
    (
        "pt",
        &[
            r#"<div class="y1"><h3>Apoie o jornalismo independente</h3><p>Qualquer valor ajuda.</p><a href="/doar">Doe agora</a></div>"#,
            r#"<div class="y2"><p>Assine nossa newsletter</p><input type="email" placeholder="Digite seu e-mail"><button>Cadastrar</button></div>"#,
            r#"<div class="y3" style="position:fixed"><p>Utilizamos cookies para melhorar sua experiência.</p><button>Aceitar todos</button><button>Rejeitar todos</button></div>"#,
            r#"<div class="y4"><p>Ative as notificações e não perca nenhuma notícia.</p><button>Permitir</button><button>Agora não</button></div>"#,
            r#"<div class="y5"><p>Conteúdo exclusivo para assinantes.</p><a href="/assine">Assine já</a></div>"#,
            r#"<div class="y6"><p>Para comentar, é necessário fazer login.</p><a href="/login">Faça login</a> <a href="/cadastro">Criar conta</a></div>"#,
            r#"<div class="y7"><p>Leia no app</p><a href="/app">Baixe o aplicativo</a></div>"#,
            r#"<div class="y8"><p>Você está usando um bloqueador de anúncios. Desative o bloqueador para continuar.</p></div>"#,
        ],
    ),
    (
        "pl",
        &[
            r#"<div class="y1"><h3>Wesprzyj niezależne dziennikarstwo</h3><p>Każda złotówka się liczy.</p><a href="/wesprzyj">Wesprzyj nas</a></div>"#,
            r#"<div class="y2"><p>Zapisz się do newslettera</p><input type="email" placeholder="Twój adres e-mail"><button>Zapisz się</button></div>"#,
            r#"<div class="y3" style="position:fixed"><p>Używamy plików cookie, aby poprawić działanie serwisu.</p><button>Zaakceptuj wszystkie</button><button>Odrzuć wszystkie</button></div>"#,
            r#"<div class="y4"><p>Włącz powiadomienia i nie przegap najważniejszych informacji.</p><button>Zezwól</button><button>Nie teraz</button></div>"#,
            r#"<div class="y5"><p>Artykuł dostępny tylko dla subskrybentów.</p><a href="/subskrypcja">Wykup dostęp</a></div>"#,
            r#"<div class="y6"><p>Musisz być zalogowany, aby dodać komentarz.</p><a href="/logowanie">Zaloguj się</a> <a href="/rejestracja">Załóż konto</a></div>"#,
            r#"<div class="y7"><p>Czytaj w aplikacji</p><a href="/app">Pobierz aplikację</a></div>"#,
            r#"<div class="y8"><p>Używasz blokera reklam. Wyłącz adblock, aby czytać dalej.</p></div>"#,
        ],
    ),
    (
        "nl",
        &[
            r#"<div class="y1"><h3>Steun onafhankelijke journalistiek</h3><p>Elke bijdrage telt.</p><a href="/doneren">Doneer nu</a></div>"#,
            r#"<div class="y2"><p>Schrijf je in voor de nieuwsbrief</p><input type="email" placeholder="Je e-mailadres"><button>Aanmelden</button></div>"#,
            r#"<div class="y3" style="position:fixed"><p>Wij gebruiken cookies om je ervaring te verbeteren.</p><button>Alles accepteren</button><button>Alles weigeren</button></div>"#,
            r#"<div class="y4"><p>Zet meldingen aan en mis geen belangrijk nieuws.</p><button>Toestaan</button><button>Niet nu</button></div>"#,
            r#"<div class="y5"><p>Dit artikel is alleen voor abonnees.</p><a href="/abonneren">Word abonnee</a></div>"#,
            r#"<div class="y6"><p>Je moet ingelogd zijn om te reageren.</p><a href="/inloggen">Inloggen</a> <a href="/registreren">Account aanmaken</a></div>"#,
            r#"<div class="y7"><p>Lees verder in de app</p><a href="/app">Download de app</a></div>"#,
            r#"<div class="y8"><p>Je gebruikt een adblocker. Schakel je adblocker uit om verder te lezen.</p></div>"#,
        ],
    ),
];

/// The nags a page in `lang` may hold: the English ones and the page's own.
fn nag_pool(lang: &str) -> Vec<&'static str> {
    let mut pool = NAGS.to_vec();
    if let Some((_, local)) = LOCAL_NAGS.iter().find(|(l, _)| *l == lang) {
        pool.extend_from_slice(local);
    }
    pool
}

/// The text of a paragraph's HTML (tags dropped; the stories use no
/// entities).
fn plain(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

fn paragraph(parts: &[(usize, usize, usize)]) -> String {
    parts
        .iter()
        .map(|&(s, v, c)| {
            format!(
                "{} {} {}.",
                SUBJECTS[s % SUBJECTS.len()],
                VERBS[v % VERBS.len()],
                CLAUSES[c % CLAUSES.len()]
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[derive(Debug, Clone)]
enum Article {
    /// Generated paragraphs, each of 2..4 generated sentences.
    Generated(Vec<Vec<(usize, usize, usize)>>),
    /// `STORIES[story]`; bit i of `drop` leaves out paragraph i (ignored
    /// when fewer than two paragraphs would remain).
    Story { story: usize, drop: u8 },
}

#[derive(Debug, Clone)]
struct Spec {
    article: Article,
    /// (nag index into the page's nag pool, modulo its size; position
    /// 0..=paragraphs, place: 0 before article, 1 inside, 2 after; wrapper
    /// depth)
    nags: Vec<(usize, usize, u8, u8)>,
}

/// 153 = 9 * 17: both pool sizes (English, and English plus local) divide
/// it, so every nag of a pool is drawn equally often.
const NAG_DRAW: usize = 153;

fn spec() -> impl Strategy<Value = Spec> {
    let para = prop::collection::vec((0usize..8, 0usize..5, 0usize..9), 2..4);
    let generated = prop::collection::vec(para, 3..8).prop_map(Article::Generated);
    let story = (
        0..STORIES.len(),
        prop_oneof![3 => Just(0u8), 1 => any::<u8>()],
    )
        .prop_map(|(story, drop)| Article::Story { story, drop });
    (
        prop_oneof![1 => generated, 3 => story],
        prop::collection::vec((0usize..NAG_DRAW, 0usize..8, 0u8..3, 0u8..4), 0..6),
    )
        .prop_map(|(article, nags)| Spec { article, nags })
}

fn wrap(html: &str, depth: u8) -> String {
    let mut s = html.to_string();
    for d in 0..depth {
        s = format!("<div class=\"w{d}\">{s}</div>");
    }
    s
}

/// The page, and the text of each article paragraph.
fn build(spec: &Spec) -> (String, Vec<String>) {
    let (lang, headline, paras): (&str, &str, Vec<String>) = match &spec.article {
        Article::Generated(ps) => ("en", "Headline", ps.iter().map(|p| paragraph(p)).collect()),
        Article::Story { story, drop } => {
            let s = &STORIES[*story];
            let kept: Vec<String> = s
                .paras
                .iter()
                .enumerate()
                .filter(|&(i, _)| i >= 8 || drop & (1 << i) == 0)
                .map(|(_, p)| p.to_string())
                .collect();
            let paras = if kept.len() >= 2 {
                kept
            } else {
                s.paras.iter().map(|p| p.to_string()).collect()
            };
            (s.lang, s.headline, paras)
        }
    };
    let pool = nag_pool(lang);
    let mut before = String::new();
    let mut after = String::new();
    let mut inside: Vec<Vec<String>> = vec![Vec::new(); paras.len() + 1];
    for &(n, pos, place, depth) in &spec.nags {
        let block = wrap(pool[n % pool.len()], depth);
        match place {
            0 => before.push_str(&block),
            1 => inside[pos % (paras.len() + 1)].push(block),
            _ => after.push_str(&block),
        }
    }
    let mut body = String::new();
    for (i, p) in paras.iter().enumerate() {
        body.extend(inside[i].iter().cloned());
        body.push_str(&format!("<p>{p}</p>\n"));
    }
    body.extend(inside[paras.len()].iter().cloned());
    let page = format!(
        "<!DOCTYPE html><html lang=\"{lang}\"><head><title>t</title></head><body><nav><a href=/>Home</a> <a href=/subscribe>Subscribe</a></nav>{before}<main><article><h1>{headline}</h1><div class=\"body\">{body}</div></article></main>{after}<footer><a href=/privacy>Privacy policy</a></footer></body></html>"
    );
    (page, paras.iter().map(|p| plain(p)).collect())
}

/// Classifies the page; the texts of the hidden blocks, and the article
/// paragraphs that are no longer visible.
fn classify(page: &str, paras: &[String]) -> (Vec<String>, Vec<String>) {
    let l = html::load(page.as_bytes(), "https://prop.example/", None).unwrap();
    let v = engine().classify(&l.page, Default::default());
    let hidden: Vec<u32> = v.hidden.iter().map(|h| h.node).collect();
    let visible = squash(&render::visible_text(&l.page, &hidden));
    let gone = paras
        .iter()
        .filter(|p| !visible.contains(&squash(p)))
        .cloned()
        .collect();
    (v.hidden.iter().map(|h| h.text.clone()).collect(), gone)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: CASES, .. ProptestConfig::default() })]

    #[test]
    fn every_article_paragraph_stays_visible(spec in spec()) {
        let (page, paras) = build(&spec);
        let (hidden, gone) = classify(&page, &paras);
        // The generated nags are real nags: the engine is not passing by
        // hiding nothing.
        prop_assert!(spec.nags.is_empty() || !hidden.is_empty(), "no nag hidden on a page with {} nags", spec.nags.len());
        prop_assert!(gone.is_empty(), "paragraph hidden: {}\nhidden: {:?}", gone.join("\n"), hidden);
    }
}

const CASES: u32 = 4096;

/// Every story, whole, without nags and with each nag of its pool before,
/// inside (after the first paragraph) and after it: the property checked
/// for every story paragraph, not only those the random cases draw, and
/// every failure listed at once (one line per hidden paragraph).
#[test]
fn every_story_paragraph_stays_visible_next_to_each_nag() {
    let mut failures = Vec::new();
    for (i, s) in STORIES.iter().enumerate() {
        let mut specs = vec![Spec {
            article: Article::Story { story: i, drop: 0 },
            nags: vec![],
        }];
        for n in 0..nag_pool(s.lang).len() {
            for (pos, place) in [(0, 0u8), (1, 1), (0, 2)] {
                specs.push(Spec {
                    article: Article::Story { story: i, drop: 0 },
                    nags: vec![(n, pos, place, 0)],
                });
            }
        }
        // paragraph -> (pages it was hidden on, what was hidden on the first)
        let mut gone_on: Vec<(String, usize, Vec<String>)> = Vec::new();
        for spec in &specs {
            let (page, paras) = build(spec);
            let (hidden, gone) = classify(&page, &paras);
            for p in gone {
                match gone_on.iter_mut().find(|(q, _, _)| *q == p) {
                    Some(e) => e.1 += 1,
                    None => gone_on.push((p, 1, hidden.clone())),
                }
            }
        }
        for (p, k, hidden) in gone_on {
            failures.push(format!(
                "[{} {}] hidden on {k} of {} pages: {p}\n    hidden: {hidden:?}",
                s.lang,
                s.topic,
                specs.len()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} story paragraphs hidden:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The stories read as news: at least four paragraphs of 150..=600
/// characters each, in a language the engine has a phrase file for.
#[test]
fn stories_are_news_prose() {
    for s in STORIES {
        let file = format!("{}/patterns/{}.txt", env!("CARGO_MANIFEST_DIR"), s.lang);
        assert!(
            std::path::Path::new(&file).exists(),
            "no pattern file for {}",
            s.lang
        );
        assert!(
            s.paras.len() >= 4,
            "{} {}: {} paragraphs",
            s.lang,
            s.topic,
            s.paras.len()
        );
        for p in s.paras {
            let n = plain(p).chars().count();
            assert!(
                (150..=600).contains(&n),
                "{} {}: {n} chars: {p}",
                s.lang,
                s.topic
            );
        }
    }
}
