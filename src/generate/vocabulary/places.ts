// Real cities (no city whose name is also an everyday word: no Nice, Reading, Bath, Mobile, Split).
export const CITIES: readonly string[] = [
  'Lisbon', 'Denver', 'Osaka', 'Nairobi', 'Edinburgh', 'Montreal', 'Valencia', 'Krakow', 'Austin', 'Melbourne',
  'Porto', 'Seattle', 'Bogota', 'Accra', 'Helsinki', 'Tbilisi', 'Auckland', 'Rotterdam', 'Pittsburgh', 'Guadalajara',
  'Dublin', 'Vancouver', 'Marseille', 'Ljubljana', 'Minneapolis', 'Kyoto', 'Cape Town', 'Leipzig', 'Halifax', 'Seville',
  'Bangalore', 'Gothenburg', 'Raleigh', 'Cordoba', 'Tallinn', 'Brisbane', 'Lagos', 'Ottawa', 'Bologna', 'Sapporo',
  'Glasgow', 'Phoenix', 'Santiago', 'Vilnius', 'Winnipeg', 'Antwerp', 'Kigali', 'Hamburg', 'Quito', 'Adelaide',
  'Bilbao', 'Calgary', 'Durban', 'Eindhoven', 'Fukuoka', 'Graz', 'Hanoi', 'Istanbul', 'Jaipur', 'Kaunas',
  'Lyon', 'Manchester', 'Nagoya', 'Oaxaca', 'Perth', 'Quebec City', 'Riga', 'Sacramento', 'Tucson', 'Utrecht',
  'Vienna', 'Wellington', 'Yokohama', 'Zagreb', 'Aarhus', 'Boise', 'Cleveland', 'Dresden', 'Esbjerg', 'Florence',
  'Geneva', 'Hobart', 'Izmir', 'Jakarta', 'Kampala', 'Lima', 'Madison', 'Nantes', 'Oslo', 'Puebla',
  'Rosario', 'Salzburg', 'Taipei', 'Uppsala', 'Verona', 'Wroclaw', 'Asheville', 'Bordeaux', 'Chennai', 'Dakar',
  'Eugene', 'Fresno', 'Gdansk', 'Heidelberg', 'Inverness', 'Johannesburg', 'Kolkata', 'Leeds', 'Malmo', 'Nashville',
  'Omaha', 'Plovdiv', 'Recife', 'San Diego', 'Tampere', 'Usti', 'Valparaiso', 'Windhoek', 'Ankara', 'Baltimore',
  'Cork', 'Dundee', 'Eskisehir', 'Essaouira', 'Galway', 'Hiroshima', 'Iquitos', 'Kobe', 'Louisville', 'Mombasa',
  'Naples', 'Oulu', 'Pune', 'Regina', 'Sendai', 'Toulouse', 'Urbana', 'Victoria', 'Worcester', 'Zurich',
];
