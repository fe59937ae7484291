/// Place names the location parser resolves (data): US states, Canadian provinces, country names and aliases in English
/// and German, and well-known cities with their country. Keys are written as people write them and normalized on use.
enum PlaceNames {
    /// US state and territory codes with their names.
    static let usStates: [String: String] = [
        "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
        "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia", "FL": "Florida", "GA": "Georgia", "HI": "Hawaii",
        "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
        "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi",
        "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey",
        "NM": "New Mexico", "NY": "New York", "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma",
        "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota",
        "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington",
        "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming", "PR": "Puerto Rico",
    ]

    /// Canadian province and territory codes with their names.
    static let canadianProvinces: [String: String] = [
        "AB": "Alberta", "BC": "British Columbia", "MB": "Manitoba", "NB": "New Brunswick", "NL": "Newfoundland and Labrador",
        "NS": "Nova Scotia", "NT": "Northwest Territories", "NU": "Nunavut", "ON": "Ontario", "PE": "Prince Edward Island",
        "QC": "Quebec", "SK": "Saskatchewan", "YT": "Yukon",
    ]

    /// Country names and common aliases (English and German) with their ISO 3166-1 alpha-2 code.
    static let countries: [String: String] = [
        "United States": "US", "United States of America": "US", "USA": "US", "U.S.": "US", "U.S.A.": "US", "America": "US",
        "Vereinigte Staaten": "US", "Canada": "CA", "Kanada": "CA", "Mexico": "MX", "Mexiko": "MX",
        "United Kingdom": "GB", "UK": "GB", "U.K.": "GB", "Great Britain": "GB", "Britain": "GB", "England": "GB",
        "Scotland": "GB", "Wales": "GB", "Northern Ireland": "GB", "Großbritannien": "GB", "Vereinigtes Königreich": "GB",
        "Ireland": "IE", "Irland": "IE", "Germany": "DE", "Deutschland": "DE", "Austria": "AT", "Österreich": "AT",
        "Switzerland": "CH", "Schweiz": "CH", "France": "FR", "Frankreich": "FR", "Spain": "ES", "Spanien": "ES",
        "Portugal": "PT", "Italy": "IT", "Italien": "IT", "Netherlands": "NL", "The Netherlands": "NL", "Holland": "NL",
        "Niederlande": "NL", "Belgium": "BE", "Belgien": "BE", "Luxembourg": "LU", "Luxemburg": "LU", "Denmark": "DK",
        "Dänemark": "DK", "Sweden": "SE", "Schweden": "SE", "Norway": "NO", "Norwegen": "NO", "Finland": "FI",
        "Finnland": "FI", "Iceland": "IS", "Poland": "PL", "Polen": "PL", "Czech Republic": "CZ", "Czechia": "CZ",
        "Tschechien": "CZ", "Slovakia": "SK", "Hungary": "HU", "Ungarn": "HU", "Romania": "RO", "Rumänien": "RO",
        "Bulgaria": "BG", "Greece": "GR", "Griechenland": "GR", "Croatia": "HR", "Kroatien": "HR", "Slovenia": "SI",
        "Serbia": "RS", "Estonia": "EE", "Estland": "EE", "Latvia": "LV", "Lithuania": "LT", "Ukraine": "UA",
        "Turkey": "TR", "Türkei": "TR", "Israel": "IL", "United Arab Emirates": "AE", "UAE": "AE", "Saudi Arabia": "SA",
        "Qatar": "QA", "Egypt": "EG", "South Africa": "ZA", "Südafrika": "ZA", "Nigeria": "NG", "Kenya": "KE",
        "Morocco": "MA", "India": "IN", "Indien": "IN", "Pakistan": "PK", "Bangladesh": "BD", "Sri Lanka": "LK",
        "China": "CN", "Hong Kong": "HK", "Taiwan": "TW", "Japan": "JP", "South Korea": "KR", "Korea": "KR",
        "Südkorea": "KR", "Singapore": "SG", "Singapur": "SG", "Malaysia": "MY", "Indonesia": "ID", "Indonesien": "ID",
        "Thailand": "TH", "Vietnam": "VN", "Philippines": "PH", "Philippinen": "PH", "Australia": "AU",
        "Australien": "AU", "New Zealand": "NZ", "Neuseeland": "NZ", "Brazil": "BR", "Brasilien": "BR",
        "Argentina": "AR", "Argentinien": "AR", "Chile": "CL", "Colombia": "CO", "Kolumbien": "CO", "Peru": "PE",
        "Uruguay": "UY", "Costa Rica": "CR", "Puerto Rico": "PR", "Russia": "RU", "Russland": "RU",
    ]

    /// Cities people name without a country, with the country they are in.
    static let cities: [String: String] = [
        "New York": "US", "New York City": "US", "NYC": "US", "San Francisco": "US", "Los Angeles": "US", "Chicago": "US",
        "Seattle": "US", "Boston": "US", "Austin": "US", "Denver": "US", "Atlanta": "US", "Miami": "US", "Dallas": "US",
        "Houston": "US", "Washington, D.C.": "US", "Toronto": "CA", "Vancouver": "CA", "Montreal": "CA", "Montréal": "CA",
        "Ottawa": "CA", "Calgary": "CA", "London": "GB", "Manchester": "GB", "Edinburgh": "GB", "Dublin": "IE",
        "Berlin": "DE", "München": "DE", "Munich": "DE", "Hamburg": "DE", "Köln": "DE", "Cologne": "DE",
        "Frankfurt": "DE", "Frankfurt am Main": "DE", "Stuttgart": "DE", "Düsseldorf": "DE", "Leipzig": "DE",
        "Dresden": "DE", "Hannover": "DE", "Nürnberg": "DE", "Nuremberg": "DE", "Bremen": "DE", "Karlsruhe": "DE",
        "Wien": "AT", "Vienna": "AT", "Graz": "AT", "Salzburg": "AT", "Zürich": "CH", "Zurich": "CH", "Basel": "CH",
        "Bern": "CH", "Genf": "CH", "Geneva": "CH", "Paris": "FR", "Lyon": "FR", "Amsterdam": "NL", "Rotterdam": "NL",
        "Brussels": "BE", "Brüssel": "BE", "Madrid": "ES", "Barcelona": "ES", "Lisbon": "PT", "Lissabon": "PT",
        "Milan": "IT", "Mailand": "IT", "Rome": "IT", "Rom": "IT", "Copenhagen": "DK", "Kopenhagen": "DK",
        "Stockholm": "SE", "Oslo": "NO", "Helsinki": "FI", "Warsaw": "PL", "Warschau": "PL", "Prague": "CZ", "Prag": "CZ",
        "Tel Aviv": "IL", "Dubai": "AE", "Bangalore": "IN", "Bengaluru": "IN", "Mumbai": "IN", "Tokyo": "JP",
        "Singapore": "SG", "Sydney": "AU", "Melbourne": "AU", "Auckland": "NZ", "São Paulo": "BR", "Mexico City": "MX",
        // Cities of countries whose ISO codes are also US state codes, so "Bogotá, CO" is Colombia, not Colorado.
        "Bogotá": "CO", "Bogota": "CO", "Medellín": "CO", "Medellin": "CO", "Cali": "CO", "Delhi": "IN", "New Delhi": "IN",
        "Hyderabad": "IN", "Chennai": "IN", "Pune": "IN", "Kolkata": "IN", "Jerusalem": "IL", "Haifa": "IL", "Tirana": "AL",
        "Buenos Aires": "AR", "Córdoba": "AR", "Rosario": "AR", "Baku": "AZ", "Casablanca": "MA", "Rabat": "MA", "Valletta": "MT",
        "Panama City": "PA", "Tunis": "TN", "Jakarta": "ID", "Ulaanbaatar": "MN", "Chișinău": "MD", "Podgorica": "ME",
        "Montevideo": "UY", "Santiago": "CL", "Lima": "PE",
    ]
}
