/**
 * Words that job texts use everywhere and that say nothing about the job (a starting list; the term extractor drops a
 * phrase made only of these, and trims them off a phrase's ends): qualities everyone claims, the words of the ad's
 * own headings, time and pay, and people in general.
 */
export const EMPTY_WORDS: ReadonlySet<string> = new Set(
  // The ad's own words and headings.
  (
    'ability abilities able about existing including purpose title advantage applicant applicants application apply background benefit benefits bonus ' +
    'candidate candidates career company competitive culture day days description desirable detail details duties duty ' +
    'employer environment equivalent essential excellent exceptional experience experienced experiences expert ' +
    'expertise good great highly ideal ideally job jobs knowledge level looking main must need needs new offer ' +
    'offers opportunities opportunity organisation organization our person plus position preferred previous proven ' +
    'related relevant requirement requirements responsibilities responsibility role roles salary skill skills ' +
    'specification strong successful summary team teams understanding us various we welcome wide work working ' +
    'year years you your ' +
    // Qualities everyone claims.
    'attitude attention communication committed commitment dedicated driven dynamic enthusiastic flexible flexibility ' +
    'friendly hardworking hands-on hungry interpersonal mindset motivated passion passionate player positive proactive ' +
    'reliable results-driven self-starter self-motivated starter supportive team-player willingness ' +
    // Time, place and pay.
    'annual full hours hybrid month months part permanent remote time week weekly weeks weekend weekends ' +
    'evenings holiday ' +
    'holidays discount discounts uniform equity package daily monthly quarterly yearly ' +
    // People and places in general.
    'colleague colleagues people staff member members individual individuals group groups customer customers client ' +
    'clients stakeholder stakeholders partner partners everyone others ' +
    // Vague amounts and qualifiers.
    'accurate advanced appropriate basic best busy clear common day-to-day effective efficient end-to-end engaging high ' +
    'large large-scale more most other safe several simple small solid timely ' +
    'senior junior similar tight variety well sound english line uk eu ' +
    // Nouns any duty can take.
    'policy policies notes concerns issues tasks activities standards services queries fixes steps areas range ' +
    'point points procedure initiatives cases changes inputs'
  ).split(' '),
);

/** True when every word of a phrase says nothing ("strong communication skills", "team player"). */
export function isEmptyPhrase(words: readonly string[]): boolean {
  return words.every((w) => EMPTY_WORDS.has(w.toLowerCase()) || !/\p{L}/u.test(w));
}

/**
 * Words that name a person's role ("revenue manager", "external auditors", "SDRs" aside): in the job's title they
 * name the job, anywhere else the people it works with, which are no skill to prepare.
 */
export const ROLE_WORDS: ReadonlySet<string> = new Set(
  (
    'manager managers leader leaders director directors developer developers auditor auditors officer officers ' +
    'engineer engineers assistant assistants coordinator coordinators executive executives administrator ' +
    'administrators specialist specialists consultant consultants representative representatives lead leads head ' +
    'heads agent agents worker workers analyst analysts accountant accountants advisor advisors adviser advisers ' +
    'supervisor supervisors operative operatives technician technicians'
  ).split(' '),
);
