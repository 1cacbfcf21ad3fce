// Fictional organisation names: a distinctive first word joined to a kind-specific second part,
// e.g. "Bluefin Analytics", "Cedarbrook Family Clinic".

export type OrgKind = 'employer' | 'clinic' | 'school' | 'restaurant' | 'garage' | 'movers';

export const ORG_PREFIXES: readonly string[] = [
  'Bluefin', 'Cedarbrook', 'Northwind', 'Ironleaf', 'Silverline', 'Brightwater', 'Copperfield', 'Maplecrest', 'Stonebridge', 'Kestrel',
  'Lanternfly', 'Harborview', 'Quillon', 'Redwing', 'Saltmarsh', 'Thistledown', 'Umberfield', 'Vantage', 'Willowmere', 'Zephyrus',
  'Amberlight', 'Birchwood', 'Coralline', 'Driftwood', 'Emberly', 'Foxglove', 'Glasshouse', 'Hollowtree', 'Indigold', 'Juniper',
  'Kingfisher', 'Larkspur', 'Moonrise', 'Nettlefield', 'Oakhaven', 'Pinecrest', 'Quartzline', 'Riverbend', 'Sagebrush', 'Tidewater',
  'Upland', 'Verdigris', 'Wildrose', 'Yellowpine', 'Zinnia', 'Alderbrook', 'Blackthorn', 'Cloudberry', 'Dovetail', 'Elmstead',
  'Fernhill', 'Goldcrest', 'Heatherly', 'Ivybridge', 'Jadestone', 'Kelpwood', 'Lakemont', 'Marigold', 'Nightjar', 'Orchardly',
  'Pebblestone', 'Quayside', 'Rosethorn', 'Skylark', 'Tamarack', 'Underhill', 'Violetta', 'Westbrook', 'Yarrow', 'Zenith',
  'Ashgrove', 'Bramblewood', 'Chestnut', 'Dunmore', 'Eastgate', 'Fairhaven', 'Greystone', 'Highmoor', 'Inkwell', 'Jasperfield',
  'Kindling', 'Lowfield', 'Meadowlark', 'Northgate', 'Oldbridge', 'Pennywhistle', 'Quickthorn', 'Rookery', 'Sunmill', 'Tallgrass',
  'Upwell', 'Vesper', 'Windmere', 'Yewdale', 'Zircon', 'Applewood', 'Bellhaven', 'Cobalt', 'Dawnfield', 'Evergreen',
  'Flintridge', 'Glenmoor', 'Hazelden', 'Ironbark', 'Junco', 'Knotwood', 'Lindenfeld', 'Millbrook', 'Nimbus', 'Ospreyfield',
  'Pinnacle', 'Quartermile', 'Ravenscroft', 'Starling', 'Thornbury', 'Umbra', 'Valeview', 'Wheatley', 'Yorkfield', 'Zodiac',
];

export const ORG_SUFFIXES: Readonly<Record<OrgKind, readonly string[]>> = {
  employer: ['Analytics', 'Labs', 'Logistics', 'Software', 'Robotics', 'Media', 'Foods', 'Energy', 'Design', 'Systems', 'Bank', 'Health Tech'],
  clinic: ['Family Clinic', 'Medical Group', 'Health Center', 'Orthopedics', 'Medical Practice', 'Community Clinic'],
  school: ['Language School', 'Community College', 'Academy', 'Learning Center', 'Institute', 'Night School'],
  restaurant: ['Bistro', 'Trattoria', 'Kitchen', 'Tavern', 'Brasserie', 'Noodle House', 'Grill', 'Cantina'],
  garage: ['Auto Repair', 'Garage', 'Motors', 'Auto Care', 'Car Clinic', 'Service Center'],
  movers: ['Movers', 'Moving Co', 'Removals', 'Relocation', 'Van Lines', 'Moving & Storage'],
};
