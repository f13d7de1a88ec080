// A small built-in gazetteer: enough to know that a name is a place, which
// country holds a well-known city or region, and which adjective names a
// country. Articles add their own places; this only fills gaps.

const COUNTRIES = `Afghanistan|Afghan;Albania|Albanian;Algeria|Algerian;Argentina|Argentine;Armenia|Armenian;Australia|Australian;
Austria|Austrian;Azerbaijan|Azerbaijani;Bangladesh|Bangladeshi;Belarus|Belarusian;Belgium|Belgian;Bolivia|Bolivian;
Bosnia|Bosnian;Brazil|Brazilian;Bulgaria|Bulgarian;Cambodia|Cambodian;Cameroon|Cameroonian;Canada|Canadian;Chile|Chilean;
China|Chinese;Colombia|Colombian;Croatia|Croatian;Cuba|Cuban;Cyprus|Cypriot;Czech Republic|Czech;Denmark|Danish;
Ecuador|Ecuadorian;Egypt|Egyptian;Estonia|Estonian;Ethiopia|Ethiopian;Finland|Finnish;France|French;Georgia|Georgian;
Germany|German;Ghana|Ghanaian;Greece|Greek;Hungary|Hungarian;Iceland|Icelandic;India|Indian;Indonesia|Indonesian;
Iran|Iranian;Iraq|Iraqi;Ireland|Irish;Israel|Israeli;Italy|Italian;Japan|Japanese;Jordan|Jordanian;Kazakhstan|Kazakh;
Kenya|Kenyan;Kyrgyzstan|Kyrgyz;Latvia|Latvian;Lebanon|Lebanese;Libya|Libyan;Lithuania|Lithuanian;Luxembourg|Luxembourgish;
Malaysia|Malaysian;Malta|Maltese;Mexico|Mexican;Moldova|Moldovan;Mongolia|Mongolian;Morocco|Moroccan;Nepal|Nepalese;Netherlands|Dutch;
New Zealand|New Zealander;Nigeria|Nigerian;North Korea|North Korean;Norway|Norwegian;Pakistan|Pakistani;Peru|Peruvian;
Philippines|Filipino;Poland|Polish;Portugal|Portuguese;Qatar|Qatari;Romania|Romanian;Russia|Russian;Saudi Arabia|Saudi;
Senegal|Senegalese;Serbia|Serbian;Singapore|Singaporean;Slovakia|Slovak;Slovenia|Slovenian;Somalia|Somali;
South Africa|South African;South Korea|South Korean;Spain|Spanish;Sri Lanka|Sri Lankan;Sudan|Sudanese;Sweden|Swedish;
Switzerland|Swiss;Syria|Syrian;Taiwan|Taiwanese;Tajikistan|Tajik;Tanzania|Tanzanian;Thailand|Thai;Tunisia|Tunisian;
Turkey|Turkish;Turkmenistan|Turkmen;Uganda|Ugandan;Ukraine|Ukrainian;United Arab Emirates|Emirati;United Kingdom|British;
United States|American;US|American;USA|American;U.S|American;UK|British;U.K|British;Uruguay|Uruguayan;Uzbekistan|Uzbek;Venezuela|Venezuelan;Vietnam|Vietnamese;Yemen|Yemeni;
Zambia|Zambian;Zimbabwe|Zimbabwean;Britain|British;England|English;Scotland|Scottish;Wales|Welsh;Korea|Korean`;

/** Cities and regions with the country that holds them. */
const PLACES_IN = `Belarus:Minsk,Vitebsk,Brest,Grodno,Gomel,Mogilev;Russia:Moscow,St Petersburg,Saint Petersburg,Kaliningrad,Novosibirsk,Kazan,Siberia,Sochi,Vladivostok;
Ukraine:Kyiv,Kiev,Kharkiv,Odesa,Odessa,Lviv,Donetsk,Crimea;Poland:Warsaw,Krakow,Gdansk;Germany:Berlin,Munich,Hamburg,Frankfurt,Bavaria,Cologne;
France:Paris,Lyon,Marseille,Normandy,Provence,Brittany,Toulouse,Bordeaux;United Kingdom:London,Manchester,Liverpool,Birmingham,Edinburgh,Glasgow,Cardiff,Belfast,Oxford,Cambridge,Yorkshire,Kent;
United States:New York,Washington,California,Texas,Florida,Chicago,Los Angeles,Boston,Seattle,San Francisco,Houston,Alaska,Ohio,Michigan,Arizona,Nevada,Colorado,Oregon;
Italy:Rome,Milan,Naples,Venice,Florence,Turin,Sicily,Tuscany;Spain:Madrid,Barcelona,Seville,Valencia,Catalonia,Andalusia,Bilbao;Portugal:Lisbon,Porto;
China:Beijing,Shanghai,Shenzhen,Guangzhou,Wuhan,Hong Kong;Japan:Tokyo,Osaka,Kyoto,Hokkaido,Okinawa;India:New Delhi,Delhi,Mumbai,Bangalore,Kolkata,Chennai,Kerala;
Canada:Toronto,Montreal,Vancouver,Ottawa,Quebec,Ontario,Alberta;Australia:Sydney,Melbourne,Brisbane,Perth,Canberra;Brazil:Rio de Janeiro,Sao Paulo,Brasilia,Amazonas;
Mexico:Mexico City,Guadalajara,Monterrey;Egypt:Cairo,Alexandria;Kenya:Nairobi,Mombasa;Nigeria:Lagos,Abuja;South Africa:Johannesburg,Cape Town,Durban,Pretoria;
Turkey:Istanbul,Ankara,Izmir;Greece:Athens,Thessaloniki,Crete;Netherlands:Amsterdam,Rotterdam,The Hague;Belgium:Brussels,Antwerp;Sweden:Stockholm,Gothenburg;
Norway:Oslo,Bergen;Denmark:Copenhagen;Finland:Helsinki;Austria:Vienna,Salzburg;Switzerland:Geneva,Zurich,Bern,Basel;Czech Republic:Prague;Hungary:Budapest;
Lithuania:Vilnius;Latvia:Riga;Estonia:Tallinn;Kazakhstan:Astana,Almaty;Argentina:Buenos Aires;Chile:Santiago;Peru:Lima;Colombia:Bogota;Iran:Tehran;Iraq:Baghdad;
Israel:Jerusalem,Tel Aviv;Saudi Arabia:Riyadh,Jeddah,Mecca;United Arab Emirates:Dubai,Abu Dhabi;South Korea:Seoul,Busan;Indonesia:Jakarta,Bali;Thailand:Bangkok;
Vietnam:Hanoi;Philippines:Manila;Singapore:Singapore;Pakistan:Islamabad,Karachi,Lahore;Ireland:Dublin,Cork;Scotland:Edinburgh,Glasgow;Morocco:Rabat,Casablanca,Marrakesh`;

/** Places larger than a country; never a distractor for a city. */
const REGIONS = `Europe Asia Africa North America South America Latin America Antarctica Oceania Middle East Scandinavia Balkans Baltic States
Caucasus Central Asia Arctic Pacific Atlantic Mediterranean Caribbean Sahara Himalayas Alps Amazon Siberia`;

const countries = new Map<string, string>(); // lowercase name or demonym -> country
const demonyms = new Map<string, string>();
for (const pair of COUNTRIES.split(";")) {
  const [country, demonym] = pair.trim().split("|") as [string, string];
  countries.set(country.toLowerCase(), country);
  demonyms.set(demonym.toLowerCase(), country);
}
/**
 * Which part of which continent each country is in, so that a wrong option is a
 * neighbour (Norway and Sweden for Iceland, Peru for Chile), not merely a country
 * on the same continent (Moldova for Iceland, Cuba for Chile).
 */
const NEIGHBOURHOODS = `Europe/north:Denmark,Estonia,Finland,Iceland,Latvia,Lithuania,Norway,Sweden;
Europe/british isles:United Kingdom,Britain,England,Scotland,Wales,Ireland;
Europe/west:Austria,Belgium,France,Germany,Luxembourg,Netherlands,Switzerland;
Europe/south:Cyprus,Greece,Italy,Malta,Portugal,Spain;
Europe/east:Belarus,Czech Republic,Hungary,Moldova,Poland,Romania,Russia,Slovakia,Ukraine;
Europe/balkans:Albania,Bosnia,Bulgaria,Croatia,Serbia,Slovenia;
Europe/caucasus:Armenia,Azerbaijan,Georgia;
Asia/central:Afghanistan,Kazakhstan,Kyrgyzstan,Mongolia,Tajikistan,Turkmenistan,Uzbekistan;
Asia/south:Bangladesh,India,Nepal,Pakistan,Sri Lanka;
Asia/east:China,Japan,North Korea,South Korea,Korea,Taiwan;
Asia/southeast:Cambodia,Indonesia,Malaysia,Philippines,Singapore,Thailand,Vietnam;
Asia/middle east:Iran,Iraq,Israel,Jordan,Lebanon,Qatar,Saudi Arabia,Syria,Turkey,United Arab Emirates,Yemen;
Africa/north:Algeria,Egypt,Libya,Morocco,Sudan,Tunisia;
Africa/west:Cameroon,Ghana,Nigeria,Senegal;
Africa/east:Ethiopia,Kenya,Somalia,Tanzania,Uganda;
Africa/south:South Africa,Zambia,Zimbabwe;
Americas/north:Canada,Cuba,Mexico,United States;
Americas/south:Argentina,Bolivia,Brazil,Chile,Colombia,Ecuador,Peru,Uruguay,Venezuela;
Oceania/pacific:Australia,New Zealand`;
const neighbourhoodOf = new Map<string, string>(); // lowercase country -> "continent/part"
for (const group of NEIGHBOURHOODS.split(";")) {
  const [where, list] = group.trim().split(":") as [string, string];
  for (const country of list.split(",")) neighbourhoodOf.set(country.toLowerCase(), where);
}

/** The continent of a country, when the gazetteer knows it. */
export const continentOfCountry = (country: string) => neighbourhoodOf.get(country.toLowerCase())?.split("/")[0];

/** Whether two countries lie in the same part of a continent (Iceland and Norway; Chile and Peru). */
export const sameNeighbourhood = (a: string, b: string) => {
  const where = neighbourhoodOf.get(a.toLowerCase());
  return where !== undefined && where === neighbourhoodOf.get(b.toLowerCase());
};

const CONTINENT_NAMES = new Set(["europe", "asia", "africa", "north america", "south america", "latin america", "antarctica", "oceania"]);
/** A continent, or a smaller region (the Baltic States, the Alps): each is offered only against its own sort. */
export const isContinent = (name: string) => CONTINENT_NAMES.has(name.toLowerCase());

/** Regions inside continents, so that "the Baltic States" and "Europe" are never offered against each other. */
const REGION_WITHIN = `Baltic States,Scandinavia,Balkans,Alps,Mediterranean:Europe;Central Asia,Middle East,Himalayas:Asia;Sahara:Africa;Caribbean:North America;Amazon:South America`;
const containers = new Map<string, string>(); // lowercase place -> its country (or a region's continent)
for (const group of REGION_WITHIN.split(";")) {
  const [list, continent] = group.split(":") as [string, string];
  for (const region of list.split(",")) containers.set(region.toLowerCase(), continent);
}
// The United Kingdom's nations are countries that the United Kingdom holds: "the United Kingdom" is no wrong option for Scotland.
for (const nation of ["england", "scotland", "wales", "northern ireland"]) containers.set(nation, "United Kingdom");
const placeNames = new Map<string, string>(); // lowercase -> canonical spelling
for (const group of PLACES_IN.split(";")) {
  const [country, list] = group.trim().split(":") as [string, string];
  for (const place of list.split(",")) {
    containers.set(place.toLowerCase(), country);
    placeNames.set(place.toLowerCase(), place);
  }
}
const regionNames = new Set(
  REGIONS.replace(/North America|South America|Latin America|Middle East|Baltic States|Central Asia/g, (m) => m.replace(" ", "_"))
    .split(/\s+/)
    .map((r) => r.replace("_", " ").toLowerCase()),
);

export type PlaceRank = "country" | "place" | "region";

/** What the gazetteer knows of a name: a country, a city or region in one, or a region larger than a country. */
export function lookupPlace(name: string): { rank: PlaceRank; within?: string } | undefined {
  const key = name.toLowerCase();
  if (countries.has(key)) return { rank: "country" };
  if (regionNames.has(key)) return { rank: "region", ...(containers.has(key) ? { within: containers.get(key)! } : {}) };
  if (containers.has(key)) return { rank: "place", within: containers.get(key)! };
  return undefined;
}

/** "Belarusian" -> "Belarus". */
export const countryOfDemonym = (word: string) => demonyms.get(word.toLowerCase());

/** Other names of a country in the list: never offered as options of their own ("US" beside "Cuba"). */
const SHORT_NAMES = new Set(["US", "USA", "U.S", "UK", "U.K", "Britain", "Korea"]);

/** Countries and well-known cities, as built-in distractors for place questions. */
export function builtInPlaces(rank: PlaceRank): string[] {
  if (rank === "region") return [...regionNames].map((r) => r.replace(/\b\p{L}/gu, (c) => c.toUpperCase()));
  return rank === "country" ? [...new Set(countries.values())].filter((c) => !SHORT_NAMES.has(c)) : [...placeNames.values()];
}

/** The country a built-in place lies in. */
export const countryOf = (place: string) => containers.get(place.toLowerCase());
