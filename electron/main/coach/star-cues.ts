/** Hedges and fillers dropped before the cues are matched, so "I kind of had to" reads as "I had to". */
const NOISE =
  /\b(um+|uh+|er|you know|kind of|sort of|just|really|actually|basically|i guess|i think|i suppose|i feel like|maybe|probably)\b,? ?/g;

/** A unit's text as the cues read it: lower case, straight apostrophes, no hedges or fillers. */
export function cueText(text: string): string {
  return text.toLowerCase().replace(/’/g, "'").replace(NOISE, '').replace(/\s+/g, ' ').trim();
}

// The phrases that tell each part of a story. Matched on a unit's lower-cased text with curly apostrophes folded;
// each cue is general English of storytelling, not words from any one answer.

/** The scene: where, when, what was going on. */
export const SITUATION_CUES: readonly RegExp[] = [
  /\b(when|while) (i|we) (was|were|worked|started|joined)\b/,
  /\b(at|in) (my|our|a|the) (last|previous|old|former|current|first) (job|role|company|school|position|workplace|employer|team|post)\b/,
  /\b(last|that) (year|month|week|summer|spring|winter|autumn|fall|term|semester|quarter)\b/,
  /\b(a few|a couple of|two|three|four|five|several|some) (years|months|weeks) ago\b/,
  /\b(back in|in (19|20)\d\d|at the time|at that time|one (day|time|year|morning|evening|night|week))\b/,
  /\b(i was|i worked|i was working|i used to work) (as|at|for|in|on)\b/,
  /\b(i was|we were) (a|an|the|part of|working|running|based|short|behind|under|over|dealing|facing|struggling|losing|getting)\b/,
  /\b(there (was|were)|we had (a|an|too|no|only|just|this|these|lots|many)|the (company|hospital|school|ward|warehouse|store|clinic|office|project|client|team) (was|were|had))\b/,
  /\b(it was (a|an|the|during|my|our|just|really|very)|(our|the) (team|department|unit|ward|site|shift) (was|had|were))\b/,
  /\b(situation|context|background)\b/,
  /\b(in|during) my (first|second|third|fourth|last|final|early|previous) (year|years|month|months|week|weeks|day|days|quarter|term|role|job|placement)\b/,
  /\b(i|we) had (a|an|this|one) (client|patient|pupil|student|customer|colleague|manager|supplier|class|family|resident|donor|team member|member)\b/,
  /\b(kept|keeps) (\w+ing|being|going|asking|losing|missing|sending|coming)\b/,
  /\b(was|were) (always|constantly|often|too|very|really|getting|falling|going up|dropping|flat|slow|late|behind|struggling)\b/,
  /\b(i (joined|started) (a|an|the|as|at|in|my))\b/,
];

/** The duty: what the person had to do or was responsible for. */
export const TASK_CUES: readonly RegExp[] = [
  /\b(i|we) (had to|needed to|need to|have to|was to|were to|must|was supposed to|were supposed to)\b/,
  /\b(my|our) (job|role|task|responsibility|goal|brief|aim|mission|duty|challenge|assignment|part|target|deadline|plan) (was|is|became)\b/,
  /\b(i|we) had (only |just )?(\w+ )?(minutes|hours|days|weeks|months|a day|a week|a month|an hour|until \w+) to\b/,
  /\b(wanted|needed|expected) (more|fewer|less|it|them|us|me|everything|everyone|someone)\b/,
  /\bi was (responsible|asked|tasked|in charge|given|assigned|supposed|expected|chosen|put in charge|the one|told)\b/,
  /\b(the|our) (goal|task|challenge|aim|objective|target|job|ask|deadline) (was|were|is)\b/,
  /\b(it was (my|up to me)|it fell to me|(asked|wanted|told|needed) me to|i volunteered to|i took on|i was in charge)\b/,
  /\b(i wanted to|my plan was|i decided i had to|i had the job of)\b/,
  /\b(set|gave|give) (me|us) (a|the) (goal|target|task|job|challenge|deadline)\b/,
  /\b(i|we) (really )?(wanted|needed|aimed|tried) to (win|get|find|make|bring|reduce|cut|improve|increase|keep|fix|change|stop|save)\b/,
];

/** The outcome: what changed because of what the person did. */
export const RESULT_CUES: readonly RegExp[] = [
  /\b(as a result|in the end|eventually|the result|results? (was|were)|resulted|which meant|that meant|this meant|led to|ended up|by the end|since then|afterwards|the outcome|in the long run)\b/,
  /\b(reduced|increased|saved|improved|grew|dropped|fell|rose|cut|doubled|halved|tripled|boosted|lowered|shortened|sped up|went (down|up|from)|came down|came in|brought (down|in))\b/,
  /\b(we|i|they|she|he|it|the team) (won|hit|met|beat|finished|delivered|launched|passed|closed|recovered|signed|kept|made it|got)\b/,
  /\b(got|was|were) (promoted|praised|thanked|recognised|recognized|adopted|rolled out|approved|renewed|hired|awarded)\b/,
  /\b(was|were|felt) (happy|pleased|delighted|grateful|thrilled|impressed|satisfied|relieved)\b/,
  /\b(now|still|today) (we|the|it|they|our|i|everyone|every|all|uses?|using|runs?|there|he|she|is|are)\b/,
  /\b(i learned|i learnt|i realised|i realized|taught me|the lesson|feedback|on time|ahead of schedule|under budget|never (again|had)|no (more|longer)|zero (errors|complaints|incidents|falls))\b/,
  /\b(from (\d|one|two|three|four|five|six|seven|eight|nine|ten)[^ ]* .{0,30}\bto\b)/,
  /\b(within|after) (a|an|\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|a few|a couple of) ?\w*\b/,
  /\b(by (the end|june|july|august|september|october|november|december|january|february|march|april|may|monday|friday|then|the time))\b/,
  /\b(it|that|this) (worked|paid off|helped|did the trick)\b|\bworked out\b|\bended (the|up)\b/,
  /\b(ever since|since then|since$|from then on|later|again|the next (day|week|month|quarter|year|term)|became|started (using|picking|coming|eating|asking|covering))\b/,
  /\b(made a (full )?recovery|came back|signed|thanked|thank you|went through|was back|were back|stopped|disappeared)\b/,
];

/** Openers that say the person acted ("so I", "then I", "I decided"), even before wink's tense check. */
export const ACTION_CUES: readonly RegExp[] = [
  /\b(so|then|first|next|after that) (i|we)\b/,
  /\b(i|we) (decided|started|began|set up|sat down|called|organised|organized|created|built|wrote|spoke|talked|met|trained|asked|made|took|reached out|put together|designed|introduced|changed|arranged|reviewed|checked|went through|worked with|worked out|escalated|contacted|proposed|suggested|ran|led|gave|showed|explained|fixed|rewrote|moved|split|listened|followed up|double-checked|mapped|tested|used|printed)\b/,
];
