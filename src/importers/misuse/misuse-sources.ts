// The sources the misuse imports cite: one per file, with its licence as PROVENANCE.md states it.
// None of these files is bundled in the starter dataset (several are non-commercial or state no
// licence): each deployment imports its own copy.
import type { Source } from '../../core/sources/source.ts';

export const CARNEGIE_AIGS_2022: Source = {
  id: 'carnegie-aigs-2022',
  citation:
    'Feldstein, Steven (2022), "AI & Big Data Global Surveillance Index (2022 updated)", Mendeley Data, V4, doi:10.17632/gjhf5y4xjp.4',
  publisher: 'Carnegie Endowment for International Peace',
  licence: 'CC BY 4.0 (Mendeley Data record); attribute Feldstein (2022)',
  url: 'https://doi.org/10.17632/gjhf5y4xjp.4',
  date: '2022-03',
  notes:
    'Sheet "AIGS 2022" of "AI Global Surveillance Index 09Mar2022.xlsx". Only countries with a documented capability are listed; company lists are "frequently mentioned" suppliers per country, not contracts. Not in the starter dataset.',
};

export const CARNEGIE_DRI_2021: Source = {
  id: 'carnegie-dri-2021',
  citation:
    'Feldstein, Steven (2022), "AI & Big Data Global Surveillance Index (2022 updated)", sheet "Digital Repression Index + V-Dem": Digital Repression Index 2021, Mendeley Data, V4, doi:10.17632/gjhf5y4xjp.4',
  publisher: 'Carnegie Endowment for International Peace',
  licence: 'CC BY 4.0 (Mendeley Data record); attribute Feldstein (2022)',
  url: 'https://doi.org/10.17632/gjhf5y4xjp.4',
  date: '2022-03',
  notes:
    'Built from V-Dem v11/v12 digital society indicators (latent-variable estimates). Not in the starter dataset.',
};

export const ACCESS_NOW_STOP: Source = {
  id: 'access-now-stop-2016-2025',
  citation: 'Access Now, #KeepItOn STOP (Shutdown Tracker Optimization Project) data, 2016–2025',
  publisher: 'Access Now',
  licence:
    'No reuse licence stated; cite "Access Now #KeepItOn STOP data". Internal analysis only until the terms are confirmed.',
  url: 'https://www.accessnow.org/keepiton/',
  date: '2026-05-20',
  notes:
    'Snapshot of the public sheet "Combined (2016-2025)" taken 2026-05-20. Access Now revises past years, so counts differ slightly from its annual reports. Not in the starter dataset.',
};

export const FREEDOM_ON_THE_NET: Source = {
  id: 'freedom-house-fotn',
  citation:
    'Freedom House, Freedom on the Net: country score data (2024 edition: FOTN24_Country_Score_Data.xlsx)',
  publisher: 'Freedom House',
  licence: 'Freedom House copyright; free to use with attribution, not redistributable',
  url: 'https://freedomhouse.org/report/freedom-net',
  date: '2024-10',
  notes:
    'Edition N covers June N−1 to May N and is stored under N−1, as Freedom in the World. Not in the starter dataset.',
};

export const CITIZEN_LAB_NETSWEEPER_2018: Source = {
  id: 'citizenlab-netsweeper-2018',
  citation:
    'Citizen Lab, "Planet Netsweeper" (April 2018): installations found, scans 2017-08-31 to 2018-04-09 (citizenlab/planetnetsweeper, commit 863e58a)',
  publisher: 'Citizen Lab, University of Toronto',
  licence: 'CC BY-NC-SA 4.0: non-commercial research use; derived tables stay CC BY-NC-SA',
  url: 'https://citizenlab.ca/2018/04/planet-netsweeper/',
  date: '2018-04',
  notes:
    'Rows are IP addresses matching Netsweeper signatures, not deployments; many installations in the ALL file are benign (schools, enterprises). Not in the starter dataset.',
};

export const SINAR_OONI_2022H1: Source = {
  id: 'sinar-imap-ooni-2022h1',
  citation:
    'Sinar Project, iMAP "State of Internet Censorship" 2022 (1 January–30 June 2022): confirmed blockings from OONI measurements (Sinar/imap-data, commit daaf52b)',
  publisher: 'Sinar Project / OONI',
  licence:
    'No licence stated by Sinar Project; the OONI measurements are CC BY-NC-SA 4.0 (non-commercial)',
  url: 'https://imap.sinarproject.org/',
  date: '2022-12',
  notes: '8 Asian countries only; not a global count. Not in the starter dataset.',
};

export const SPYWARE_INDEX_DERIVED: Source = {
  id: 'spyware-index-citizenlab-amnesty',
  citation:
    'Index of published investigations compiled from citizenlab/malware-indicators (HEAD 7a7ae92) and AmnestyTech/investigations (HEAD 3d8f248): titles, links, dates, counts',
  publisher: 'Derived from Citizen Lab and Amnesty International Security Lab',
  licence:
    'Amnesty indicators CC BY 2.0; Citizen Lab repository states no licence. The index holds titles, links and counts only.',
  url: null,
  date: null,
  notes:
    'DERIVED: compiled by a helper, not published by either organisation. Vendors, countries and technique labels are as written in titles, READMEs and folder names; verify against the report before use. Not in the starter dataset.',
};

export const PI_SII_TRANSFERS_PARTIAL: Source = {
  id: 'pi-sii-transfers-partial',
  citation:
    'Privacy International / Transparency Toolkit, Surveillance Industry Index (2016), transfer records: TransparencyToolkit/dataspec-sii sii_data/transfer_data/transfers.json (commit 2e1bf5e), first 121 records, transcribed',
  publisher: 'Privacy International',
  licence: 'No licence stated (PI calls the index "publicly available")',
  url: 'https://sii.transparencytoolkit.org/',
  date: '2016',
  notes:
    'PARTIAL and TRANSCRIBED: the first 121 of about 600 records in file order, copied by hand; re-check a record by its unique_id. Never compute totals from it. Not in the starter dataset.',
};
