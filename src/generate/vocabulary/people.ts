// Name tables. First names carry the pronoun a story uses for coreference ("she said…").
// Names that are also common words, months or weekdays (May, June, Will, Hope, Mark…) are left out:
// a keyword must not turn up by accident in the surrounding chatter.

export type PronounKey = 'she' | 'he' | 'they';

export interface FirstName {
  name: string;
  pronoun: PronounKey;
}

const FEMININE = [
  'Amara', 'Beatriz', 'Chiamaka', 'Dalia', 'Elif', 'Farah', 'Greta', 'Hana', 'Ingrid', 'Jasmin',
  'Keiko', 'Leilani', 'Marisol', 'Nadia', 'Oksana', 'Priya', 'Rania', 'Sigrid', 'Thandiwe', 'Ulla',
  'Valentina', 'Wanjiru', 'Ximena', 'Yasmin', 'Zainab', 'Adaeze', 'Bianca', 'Camila', 'Delphine', 'Esra',
  'Fatima', 'Gabriela', 'Hyejin', 'Ifeoma', 'Jelena', 'Kalinda', 'Lucia', 'Mei', 'Noor', 'Olamide',
  'Paloma', 'Rosalind', 'Saoirse', 'Tamsin', 'Uzma', 'Veronika', 'Wiktoria', 'Xiadani', 'Yuki', 'Zofia',
  'Anouk', 'Brigid', 'Chioma', 'Dorota', 'Ebele', 'Freya', 'Giulia', 'Halima', 'Isabela', 'Jia',
  'Katarzyna', 'Liesel', 'Mireille', 'Nkechi', 'Ottilie', 'Petra', 'Ramona', 'Svetlana', 'Teodora', 'Imani',
  'Aiyana', 'Bronwyn', 'Clementine', 'Dagny', 'Esperanza', 'Fenna', 'Gulnara', 'Hinemoa', 'Ilse', 'Johanna',
];

const MASCULINE = [
  'Adebayo', 'Bastian', 'Cyrus', 'Dmitri', 'Emre', 'Felipe', 'Gunnar', 'Hamza', 'Ignacio', 'Jomo',
  'Kenji', 'Lorenzo', 'Mateus', 'Nikhil', 'Osman', 'Pieter', 'Rafael', 'Soren', 'Tariq', 'Ulrich',
  'Vikram', 'Wendell', 'Xavier', 'Yusuf', 'Zoltan', 'Anders', 'Benedikt', 'Chidi', 'Darius', 'Eamon',
  'Florin', 'Gideon', 'Hiroshi', 'Idris', 'Jovan', 'Kwame', 'Leandro', 'Malik', 'Nnamdi', 'Oisin',
  'Pavel', 'Quentin', 'Rashid', 'Santiago', 'Tobias', 'Umar', 'Vasco', 'Wojciech', 'Yaw', 'Zeki',
  'Alejandro', 'Bogdan', 'Cosimo', 'Dariusz', 'Elias', 'Fergus', 'Goran', 'Hassan', 'Ilya', 'Joaquin',
  'Kofi', 'Laszlo', 'Marek', 'Nasser', 'Olufemi', 'Paolo', 'Ruairi', 'Sipho', 'Thiago', 'Uriel',
  'Anselm', 'Bruno', 'Cormac', 'Dawit', 'Enzo', 'Fabian', 'Gustavo', 'Henrik', 'Ivo', 'Jannik',
];

const NEUTRAL = [
  'Alexis', 'Avery', 'Briar', 'Dakota', 'Emerson', 'Finley', 'Harper', 'Indigo', 'Jordan', 'Kendall',
  'Linden', 'Marlowe', 'Noa', 'Oakley', 'Peyton', 'Quinn', 'Rowan', 'Sasha', 'Tatum', 'Wren',
];

/** Interleaved so that any prefix of the list (a small collision pool) mixes pronouns. */
export const FIRST_NAMES: readonly FirstName[] = interleave();

function interleave(): FirstName[] {
  const out: FirstName[] = [];
  for (let i = 0; i < Math.max(FEMININE.length, MASCULINE.length); i++) {
    if (i < FEMININE.length) out.push({ name: FEMININE[i], pronoun: 'she' });
    if (i < MASCULINE.length) out.push({ name: MASCULINE[i], pronoun: 'he' });
    if (i % 4 === 3 && i / 4 < NEUTRAL.length) out.push({ name: NEUTRAL[Math.floor(i / 4)], pronoun: 'they' });
  }
  return out;
}

export const LAST_NAMES: readonly string[] = [
  'Okafor', 'Lindqvist', 'Takahashi', 'Moreau', 'Castellanos', 'Haddad', 'Kowalczyk', 'Mensah', 'Novak', 'Ferreira',
  'Yilmaz', 'Chatterjee', 'Ivanova', 'Abernathy', 'Nakamura', 'Oyelaran', 'Petrovic', 'Quispe', 'Rasmussen', 'Szabo',
  'Tanaka', 'Umarov', 'Vargas', 'Whitfield', 'Xu', 'Yamamoto', 'Zielinski', 'Achebe', 'Bergstrom', 'Cardoso',
  'Delacroix', 'Eriksen', 'Fontaine', 'Gallagher', 'Horvath', 'Ibrahim', 'Jankowski', 'Kariuki', 'Lombardi', 'Mahlangu',
  'Nguyen', 'Ostrowski', 'Pereira', 'Quinlan', 'Romanov', 'Sandoval', 'Thorsen', 'Uchenna', 'Valdez', 'Wojcik',
  'Adeyemi', 'Baptiste', 'Chowdhury', 'Dimitriou', 'Esposito', 'Fitzgerald', 'Gonzaga', 'Hakimi', 'Iwasaki', 'Jovanovic',
  'Kaminski', 'Laurent', 'Magnusson', 'Nwosu', 'Oduya', 'Pacheco', 'Rahman', 'Salazar', 'Toivonen', 'Urquhart',
  'Varga', 'Wakefield', 'Yoshida', 'Zamora', 'Aguilar', 'Bakshi', 'Cifuentes', 'Draper', 'Ekwueme', 'Falkner',
  'Grigoryan', 'Halloran', 'Iyer', 'Jablonski', 'Koenig', 'Lindgren', 'Marchetti', 'Nakashima', 'Obi', 'Papadakis',
  'Rautio', 'Sorensen', 'Tremblay', 'Ulusoy', 'Villanueva', 'Weatherby', 'Yeboah', 'Zeller', 'Amaral', 'Brennan',
  'Castillo', 'Dubois', 'Engstrom', 'Fagerlund', 'Ghosh', 'Hedlund', 'Ishikawa', 'Juarez', 'Kruger', 'Lacroix',
  'Mbeki', 'Nieminen', 'Olsen', 'Pietrangeli', 'Ramaswamy', 'Schulz', 'Tadesse', 'Uribe', 'Vasquez', 'Wilhelmsen',
  'Anand', 'Bauer', 'Chaudhry', 'Dlamini', 'Eze', 'Ferrante', 'Gutierrez', 'Holmberg', 'Ionescu', 'Jansen',
  'Kapoor', 'Leclerc', 'Mwangi', 'Nakagawa', 'Ortega', 'Pham', 'Rossi', 'Sato', 'Teixeira', 'Ulloa',
  'Vidal', 'Watanabe', 'Yamada', 'Zapata', 'Asante', 'Bianchi', 'Coelho', 'Dasgupta', 'Evans', 'Farouk',
  'Greenberg', 'Hosseini', 'Igwe', 'Jaramillo', 'Karlsson', 'Lungu', 'Mendoza', 'Nasser', 'Oliveira', 'Popescu',
  'Reyes', 'Sheikh', 'Tran', 'Underwood', 'Velasco', 'Wozniak', 'Yadav', 'Zhou', 'Abiodun', 'Bello',
  'Cruz', 'Dominguez', 'Eklund', 'Fujimoto', 'Gomes', 'Hernandez', 'Ito', 'Jimenez', 'Kovac', 'Lopes',
  'Morales', 'Ndiaye', 'Okonkwo', 'Park', 'Ruiz', 'Suzuki', 'Torres', 'Usman', 'Vu', 'Walsh',
  'Alvarez', 'Banerjee', 'Chen', 'Diallo', 'Eriksson', 'Fischer', 'Garcia', 'Hoang', 'Ilic', 'Joshi',
];
