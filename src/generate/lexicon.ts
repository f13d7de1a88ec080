// Closed word lists the extractor reads names by. They describe English, not
// any one article: what a title, an organisation or an event is called.

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** Titles that come before a person's name ("General Andrei Serdykov", "Dr. Okafor"). Lowercase, no dot. */
export const PERSON_TITLES = set(`
  mr mrs ms miss dr doctor prof professor sir dame lord lady
  general gen colonel col lieutenant lt major maj captain capt sergeant sgt admiral adm commander marshal corporal private
  president vice prime minister chancellor premier governor gov mayor senator sen representative rep congressman congresswoman
  ambassador secretary chairman chairwoman chair director deputy judge justice king queen prince princess emperor pope
  cardinal bishop archbishop father rabbi imam sheikh coach manager chief inspector detective officer sheriff councillor councilor
  commissioner spokesman spokeswoman spokesperson dean rector principal headteacher chef
`);

/** Words that end an organisation's name or sit inside it. */
export const ORG_WORDS = set(`
  organization organisation agency ministry department office bureau council committee commission board authority
  university college institute institution academy school center centre laboratory laboratories lab observatory museum library
  hospital clinic foundation trust fund association society union federation league alliance club team
  company corporation corp inc ltd llc plc group holdings bank bancorp partners industries enterprises airlines airways motors
  systems technologies labs studios media press news times post herald journal gazette tribune telegraph guardian agency
  party movement front army navy force forces police guard staff command service services parliament senate congress assembly
  court tribunal church fc united rovers wanderers athletic archives archive registry co administration
  directorate inspectorate secretariat
  universidad universidade université universite universität universita instituto institut compagnie compania compañía
  companhia gesellschaft banco banque société societe sociedad asociación associazione verein gmbh ag
`);

/** Vietnamese family names, which open a three- or four-word name ("Nguyễn Thị Thu Hằng"); "Thị" and "Văn" are middle names only people carry. */
export const VIETNAMESE_FAMILY_NAMES = set(`nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đinh trương lâm`);
export const VIETNAMESE_MIDDLE_NAMES = set(`thị văn`);

/** Words before an organisation word that still say what kind of body it is ("Credit Union", "Building Society"). */
export const BODY_KIND_WORDS = set(`credit savings building housing football sports research`);

/** Lowercase job words right before a name make it a person ("striker Amara Nwosu", "site supervisor Marcus Bell"). */
export const ROLE_NOUNS = set(`
  striker defender goalkeeper midfielder forward winger captain player coach manager referee athlete runner driver rider
  supervisor engineer scientist researcher professor lecturer teacher student author writer poet artist painter singer actor actress
  director producer executive president secretary treasurer spokesman spokeswoman spokesperson official officer chief head leader founder owner chairman chairwoman
  economist analyst expert historian archivist curator doctor nurse surgeon lawyer judge minister mayor resident farmer
  fisherman sailor pilot captain detective inspector reporter journalist editor photographer entrepreneur investor banker
  counterpart colleague predecessor successor deputy
`);

/** Nouns for women and men: "his sister" tells who "she" is, and "His great-granddaughter, Ann Van Hecke," names a person. */
export const FEMININE_NOUNS = set(`sister mother daughter wife woman grandmother granddaughter great-granddaughter aunt niece girl actress chairwoman businesswoman widow mum queen princess lady`);
export const MASCULINE_NOUNS = set(`brother father son husband man grandfather grandson great-grandson uncle nephew boy actor chairman businessman widower dad king prince`);

/** Words before "Minister" or "Secretary" in a title that are still the title: "the First Deputy Prime Minister", "the Permanent Secretary". */
export const TITLE_MODIFIERS = set(`first deputy prime vice permanent state assistant acting senior under`);

/** Currency names written after a country's name: "US dollars", "New Zealand dollars". */
export const CURRENCY_NAMES = set(`dollar dollars pound pounds franc francs peso pesos rupee rupees dinar dinars crown crowns krone kroner kronor krona shilling shillings rand yuan yen euro euros lari tenge manat som lira riyal riyals rial rials`);

/** Words that make a "… District" or "… County …" name a public body rather than a place. */
export const SERVICE_WORDS = set(`water school fire health police transit housing sanitation utility utilities sewer electric power`);

/** Lowercase nouns that make the name before them an organisation when they head an appositive ("Nordlys, the largest ferry operator"). */
export const ORG_NOUNS = set(`
  operator company firm group agency shipyard maker manufacturer producer provider developer carrier airline retailer
  bank insurer lender broker newspaper journal magazine broadcaster network channel publisher charity organisation organization
  team club union party ministry department authority regulator council committee utility startup institute university school
  laboratory foundation association federation league body watchdog consultancy
`);

/** Lowercase nouns before a name that say what it is ("the journal Nature", "the steamer Marguerite"). */
export const NOUN_CUES: Record<"organisation" | "place" | "event", ReadonlySet<string>> = {
  organisation: set(`journal newspaper magazine company firm fund investor agency charity club band party broadcaster airline bank shipyard operator group team consultancy consultants insurer lender regulator watchdog retailer manufacturer carrier publisher broker`),
  place: set(`city town village port region province state island county district capital country river lake mountain village hamlet suburb`),
  event: set(`ship steamer vessel boat ferry liner satellite probe rover spacecraft mission operation project programme program prize award song album film book novel festival exercise exercises drills`),
};

/** First words that make a name a place ("St Helier", "Fort William", "Laguna Escondida"). */
export const PLACE_PREFIXES = set(`st saint san santa sao são fort port mount lake cape isle laguna lago rio río monte sierra isla playa bahia bahía`);

/** Lowercase nouns after a name that make it a named event ("the Tangshan earthquake"). */
export const EVENT_NOUNS = set(`earthquake quake hurricane typhoon cyclone storm flood floods fire wildfire disaster war massacre crisis pandemic epidemic outbreak scandal riots uprising`);

/** Capitalised abbreviations that name no organisation. */
export const NON_ORG_ACRONYMS = set(`GPS DNA RNA GDP CEO CFO CTO COO TV AI IT PC USB HIV AIDS COVID SARS UV OK ID PhD MP MEP CCTV LED SUV ATM VAT
  USD EUR GBP JPY CNY RMB INR RUB BYN VND KRW CHF CAD AUD BRL MXN NGN ZAR KES TRY SEK NOK DKK PLN`.toLowerCase());

/** Possessive words that belong inside a name ("Women's FA Cup", "People's Party"). */
export const NAME_POSSESSIVES = set(`women men children people workers veterans farmers`);

/** Words that make a capitalised name an event or a named thing. */
export const EVENT_WORDS = set(`
  exercise exercises drill drills operation mission project programme program initiative plan campaign
  summit conference congress festival fair expo exhibition games olympics olympiad cup championship championships open tournament
  marathon race rally grand prix tour derby final finals series award awards prize medal trophy
  war battle revolution uprising treaty accord agreement act law bill declaration convention protocol
  strategy telescope probe satellite rover vaccine day
`);

/** Nouns after a name that make it a place ("the Vitebsk region", "the Thames river"). */
export const PLACE_NOUNS = set(`
  region province district county state oblast prefecture municipality territory canton department
  city town village valley river lake sea ocean bay gulf island islands peninsula mountain mountains mount hills coast desert
  forest park border square street avenue road lane drive boulevard highway motorway pass bridge airport harbour harbor port creek reef stadium arena
  wall tower palace castle cathedral canal dam glacier lagoon strait channel cape fjord plateau highlands falls springs heights
  ridge trench basin seamount volcano crater rift atoll archipelago delta estuary marsh wetlands moor peak
`);

/** Connectors allowed inside a multi-word name when a capitalised word follows. */
export const NAME_CONNECTORS = set(`of for the and on de da del della di du la le van von der den al bin ibn el y`);

/** Name particles that stay lowercase inside a person's name ("Ludwig van Beethoven"). */
export const NAME_PARTICLES = set(`de da del della di du la le van von der den al bin ibn el`);

/** Verbs that introduce or attribute reported speech. */
export const SPEECH_VERBS = set(`
  said says say stated states told tells added adds explained explains noted notes emphasized emphasised stressed
  declared declares announced announces warned warns argued argues insisted insists recalled recalls wrote writes
  remarked remarks observed commented comments asked asks replied replies continued continues concluded concludes
  acknowledged admitted claimed claims suggested suggests confirmed confirms according
`);

/**
 * Common words that are capitalised only because they begin a sentence. A
 * sentence's first word is also treated as common when the article uses it in lowercase.
 */
export const COMMON_WORDS = set(`
  a an the this that these those there here it its it's he she they we you i his her their our your my
  in on at by for from with without within into onto of to as about above after against along amid among around before behind
  below beneath beside besides between beyond but despite down during except inside like near off over past since through
  throughout toward towards under until unlike up upon via while whereas although though because if unless when where whether
  which who whom whose what why how and or nor so yet also still even only just not no yes all any both each every few many
  more most much other some such one two three four five six seven eight nine ten first second third last next new old
  according meanwhile however moreover furthermore nevertheless instead indeed overall today yesterday tomorrow now then
  once later earlier recently currently already again asked speaking many several
  after before since during following amid under
`);

export const MONTHS = [
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
] as const;

export const MONTH_ABBREVIATIONS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

export const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;

/** Calendar words that are capitalised but never a name. */
export const CALENDAR_WORDS = new Set<string>([...MONTHS, ...WEEKDAYS, ...Object.keys(MONTH_ABBREVIATIONS).filter((m) => m !== "jan"), "christmas", "easter"]);

/**
 * Common given names from many languages: a capitalised word from this list
 * starting a name makes it a person ("Maria Ivanova") when nothing else tells.
 */
export const GIVEN_NAMES = set(`
  aaron abdul abdullah abraham adam adrian ahmed ahmad aisha alan albert alberto aleksandr aleksei alexander alexandra alexei
  alexey alfred ali alice alicia amanda amelia amir amy ana anastasia andrea andreas andrei andrew andrey andriy angela anna
  anne anthony antonio arthur ashley barbara ben benjamin bernard betty bill bob boris brian bruce carl carla carlos carmen
  caroline catherine charles charlotte  chris christian christina christopher claire clara daniel david deborah denis
  diana diego dmitri dmitry donald dong dorothy edward elena elizabeth emily emma emmanuel eric eva fatima felix fernando
  francesca francis francisco frank fran\u00e7ois gabriel george gerald grace hannah hans hassan helen helena henry hiroshi
  hugo ibrahim igor ilya irina isabel isabella ivan jack jacob james jan jane javier jean jennifer jessica  jin joan joe
  john jonathan jorge jose josé joseph juan julia julie karen karl kate katherine kenji kevin khalid  kofi laura  leo
    linda lisa  lucas lucia luis luka magdalena maria mariam marie mark martin mary mateo matthew maxim mei michael
  michel miguel mikhail mohammed mohammad muhammad nadia natalia natalya nicholas nikolai nina noah oleg olga oliver olivia
  omar pablo patricia paul pedro peter philip pierre rachel rafael raj ramon rebecca richard robert roberto rosa ryan sam
  samuel sandra sara sarah sean sergei sergey sofia sophie stefan stephen steven susan svetlana tatiana thomas tim timothy
  tom tomás tomas valentina vasily victor viktor vladimir  wei william xavier yan  yuki yuri yusuf  zoe
`);

/**
 * Verb forms that end in no "-ed": with "is", "has" and the "-ed" forms they tell a clause from a bare noun
 * phrase ("the orchestra of how many players?" has none). Base, "-s" and past forms of the verbs news copy uses most.
 */
export const PLAIN_VERBS = set(`
  say says said tell tells told take takes took win wins won lose loses lost lead leads led make makes made give gives gave
  begin begins began become becomes became leave leaves left meet meets met see sees saw get gets got put puts set sets
  hold holds held bring brings brought build builds built buy buys bought sell sells sold pay pays paid send sends sent
  spend spends spent find finds found keep keeps kept rise rises rose fall falls fell grow grows grew draw draws drew
  write writes wrote run runs ran cut cuts cost costs hit hits strike strikes struck stand stands stood sit sits sat
  fight fights fought think thinks thought teach teaches taught catch catches caught mean means meant feel feels felt
  hear hears heard let lets lie lies lay lays laid read reads ride rides rode sing sings sang sank shake shook speak speaks
  spoke throw throws threw wear wears wore go goes went come comes came eat eats ate drive drives drove fly flies flew
  know knows knew break breaks broke choose chooses chose shoot shoots shot open opens close closes plan plans expect expects
  include includes remain remains show shows shown seem seems appear appears need needs want wants hope hopes face faces
  live lives work works serve serves cover covers carry carries contain contains employ employs own owns house houses
  stay stays end ends start starts happen happens depend depends measure measures weigh weighs handle handles count counts
  earn earns produce produces offer offers provide provides use uses allow allows require requires call calls name names
  host hosts mark marks move moves reach reaches return returns join joins play plays beat beats score scores claim claims
  estimate estimates believe believes argue argues agree agrees admit admits add adds note notes warn warns rest rests
  last lasts seat seats fit fits describe describes recall recalls climb climbs sort sorts sorted
`);
