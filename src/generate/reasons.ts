// Purpose and cause statements: "to avoid …", "designated for …",
// "because of …", "due to …". Each keeps what is done (the head) apart from
// why (the reason), so a question can ask one and show the other.

import type { ReasonFact } from "./facts";
import type { Sentence } from "./sentences";
import { CONNECTIVE_OPENING, FINITE_VERB } from "./prompts";

const PURPOSE = /\b(in order to|so as to|so that|so(?= (?:the |a |an |its |their )?\S+ (?:can|could)\b)|in a bid to|with the aim of|aimed at|designed to|designated for|intended (?:to|for)|meant to|to (?:avoid|prevent|help|ensure|protect|reduce|improve|boost|cut|curb|limit|stop|allow|enable|promote|encourage|attract|raise|increase|save|keep|test|study|measure|address|modernize|modernise|strengthen|reinforce|counter|combat|fight|tackle|replace|restore|preserve|honour|honor|celebrate|mark|secure|expand))\b/;
// "Following the meeting" and "after the vote" say when, not why, far more often than not; they are left out.
// "after inspectors found mice", "after workers uncovered a mosaic": a subject of its own and a verb of finding,
// failing or deciding make it the trigger, as news leads use it.
const AFTER_TRIGGER = `after(?=\\s+(?!\\S+ing\\b)(?:[^\\s,;:()]+\\s+){1,5}?(?:${"found discovered uncovered detected revealed exposed failed refused rejected voted ruled complained collapsed crashed burst flooded damaged destroyed breached banned fined ordered withdrew cancelled admitted".split(" ").join("|")})\\b)`;
const CAUSE = new RegExp(String.raw`\b(because of|because|${AFTER_TRIGGER}|due to(?!\s+(?:be|start|begin|open|close|end|finish|arrive|leave|travel|take|hand|meet|visit|sign|hold|return|go|come|launch|resume|reopen|expire|run|complete|report|appear|speak|retire|publish|vote|decide|announce|deliver|enter|face|stand|play|perform|move|receive|sail|fly|land|depart|continue|conclude|get|have|make|give|hear|rule)\b)|owing to|as a result of|thanks to|caused by)\b`);
const CLAUSE_END = /[,;:—–()“”"‘]|[’'](?!\p{L})|\.(?:\s|$)/u;

const CATENATIVE = /\b(?:easy|easier|hard|harder|difficult|simple|simpler|enough|ready|quick|quicker|cheaper|safe|safer|too \w+(?:\s+for\s+\S+)?|efforts?|attempts?|decision|ability|right|chance|opportunity|permission|pledge|promise|commitment|campaign|proposal|drive|push|have|has|had|having|need|needs|needed|going|used|ought|able|want|wants|wanted|plan|plans|planned|hope|hopes|hoped|expected|set|due|likely|seek|seeks|sought|try|tries|tried|decided|agreed|refused|asked|told|forced|required|invited|urged|ordered|allowed|permitted|began|begin|continue|continues|continued|is|are|was|were|be|been|being|would|will|aims|aim|aimed|helped|help|helps)\s+$/i;

const THANKS_GIVEN = /\b(?:her|his|their|our|my|its|the|special|sincere|heartfelt|warm|expressed|express|expresses|extended|offered|gave|conveyed)\s+$/i;
/** "which the NPIS had turned down", "that she signed": a relative clause with a subject of its own. */
const OBJECT_RELATIVE = /^(?:which|that|whom)\s+(?:the|a|an|this|these|it|he|she|they|we|you|its|their|his|her|\p{Lu})/u;

const words = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;
/** A subject first ("The council", "35 teachers", "Saarepuu"), and at least four words. */
const readsAsClause = (head: string) => words(head) >= 4 && /^(?:\p{Lu}|\d(?:[\d.,]*\d)?\s+\p{L}|(?:the|a|an|this|its|their|his|her|our)\s)/u.test(head);
/** The piece after a comma goes on from a list or a row of adjectives ("heavy serves", "English and science"), not a clause. */
const continuesAList = (piece: string) =>
  !readsAsClause(piece) && !/^(?:which|that|who|whom|whose|where|when|while|and|but|or|said|says|according)\b/i.test(piece) && (/^\p{Ll}/u.test(piece) || words(piece) < 4);

/** Past forms FINITE_VERB does not catch, and a few more finite verbs. */
const MORE_VERBS = /\b(?:shall|should|came|went|rose|fell|grew|made|took|gave|won|lost|left|began|became|got|kept|held|ran|saw|said|sold|met|set|put|cut|paid|built|brought|bought|told|found|spent|sent|needs?|wants?|says)\b/i;
/** A finite verb, roughly ("than scheduled" is no verb: a comparison, not a clause). */
const hasVerb = (piece: string) => FINITE_VERB.test(piece.replace(/\b(?:than|as)\s+\p{Ll}+ed\b/giu, " ")) || MORE_VERBS.test(piece);

export function findReasons(sentences: readonly Sentence[]): ReasonFact[] {
  const facts: ReasonFact[] = [];
  for (const s of sentences) {
    for (const [relation, pattern] of [["purpose", PURPOSE], ["cause", CAUSE]] as const) {
      const m = pattern.exec(s.text);
      if (!m) continue;
      // "will have to keep", "is set to launch", "is asked to mark time": an obligation or a plan, not a purpose.
      if (relation === "purpose" && /^to /.test(m[1]!) && CATENATIVE.test(s.text.slice(0, m.index))) continue;
      // "expressed her thanks to the road crews": gratitude, not a cause.
      if (m[1] === "thanks to" && THANKS_GIVEN.test(s.text.slice(0, m.index))) continue;
      const rest = s.text.slice(m.index);
      const stop = CLAUSE_END.exec(rest.slice(m[0].length));
      const reason = (stop ? rest.slice(0, m[0].length + stop.index) : rest).trim().replace(/[.!?]$/, "");
      // "…to France and Italy, because …": the comma before the marker closes the head, it does not open it.
      const lead = s.text.slice(0, m.index).replace(/,\s*$/, " ");
      const boundaryBefore = (end: number) =>
        Math.max(lead.lastIndexOf(", ", end), lead.lastIndexOf("; ", end), lead.lastIndexOf("‘", end), lead.lastIndexOf("“", end), lead.lastIndexOf("—", end));
      let boundary = boundaryBefore(lead.length);
      // "…returning high, heavy serves for a week because …", "in maths, English and science so that …": a comma
      // inside a list or between adjectives; the head reaches back to the first piece that reads as a clause.
      for (let tries = 0; tries < 2 && boundary > 0 && continuesAList(lead.slice(boundary + 1).trim()); tries++) {
        const earlier = boundaryBefore(boundary - 1);
        const longer = lead.slice(earlier + 1).trim();
        if (!readsAsClause(longer) || /,\s+(?:said|says|told|added)\b/.test(longer)) break;
        boundary = earlier;
      }
      // "…moved to 7 a.m., an hour earlier than last year, in order to …", "…on Monday, 2 June, two days later than
      // scheduled, because …": a piece with no verb says more of the clause before it, which is the head.
      for (let tries = 0; tries < 3 && boundary > 0 && !hasVerb(lead.slice(boundary + 1)); tries++) {
        const earlier = boundaryBefore(boundary - 1);
        if (/,\s+(?:said|says|told|added)\b/.test(lead.slice(earlier + 1))) break;
        boundary = earlier;
      }
      // "At the same time, demand rose …": a connective ties the clause to the one before, which the stem does not show.
      let head = lead.slice(boundary + 1).trim();
      const connected = CONNECTIVE_OPENING.test(head);
      if (connected) head = head.replace(CONNECTIVE_OPENING, "");
      // "Building work on the school, which was due to start this month, has been delayed so that …":
      // the subject stands before the relative clause, the verb after it.
      const parts = lead.split(", ");
      if (parts.length >= 3 && /^(?:which|who|whose|where)\b/i.test(parts[parts.length - 2]!) && /^\p{Ll}/u.test(parts[parts.length - 1]!)) {
        const subject = parts[parts.length - 3]!;
        head = `${subject.slice(Math.max(subject.lastIndexOf("; "), subject.lastIndexOf("—")) + 1).trim()} ${parts[parts.length - 1]!.trim()}`;
      }
      // "…an allocation, which the NPIS had turned down because …": the reason is the relative clause's own, not the sentence's.
      if (OBJECT_RELATIVE.test(head)) continue;
      // "The President of the association, Mr. Erdal Çiftçioğlu, welcomed …": the name is the subject, its comma goes.
      // "…the orchestra, conducted by the music director, Amaury Lestrade, is …": there the name is not the subject.
      // The name stands right before the comma: "…the same attention, historians say, …" names no one.
      const named = /^([^,]*\p{Lu}[\p{L}’'.-]*),\s+(?!(?:a|an|the|who|whose|which|and|but|or|said|says|according)\b)(\p{Ll}.*)$/u.exec(head);
      if (named) {
        if (/\b(?:[a-z]+ed|led|run|won|built|made|written|sung|given)\s+by\b[^,]*,\s*$/.test(lead.slice(0, lead.lastIndexOf(head)))) continue;
        head = `${named[1]} ${named[2]}`;
      }
      // "…the gunfire ranges, which have been designated for …": the head is what "which" points to.
      if (/^(?:which|that|who)\b/i.test(head) && boundary > 0) head = lead.slice(0, boundary).slice(Math.max(lead.slice(0, boundary).lastIndexOf(", ") + 1, 0)).trim();
      // "14 March (Dala News Agency) – The Republic …", "9 October – A weather satellite …": the dateline is not the clause;
      // "New Zealand – The Greyfield Bridge …": what is left of a dateline split at its comma goes too.
      head = head.replace(/^[^–—]{0,60}?(?:\)\s*[–—-]|^\d{1,2}\s+\p{L}+\s+[–—])\s*/u, "").replace(/^(?:\p{Lu}[\p{L}.'’-]*,?\s+){1,4}[–—]\s+(?=\p{Lu})/u, "");
      head = head.replace(/^(?:and|but|which|that)\s+/i, "").replace(/\s+(?:and|but|or)$/i, "");
      // "the jump came mainly because", "the HAPB then extended": the adverb belongs to the sentence, not to the question.
      head = head.replace(/\s+(?:mainly|largely|partly|chiefly|mostly|primarily|in part|simply|only)$/i, "").replace(/\s(?:then|later|subsequently)\s+(?=\p{Ll}+ed\b)/u, " ");
      // The head must read as a clause of its own: a subject first, at least four words.
      if (words(reason) < 3 || !readsAsClause(connected ? head.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : head)) continue;
      facts.push({
        id: "",
        kind: "reason",
        text: reason,
        span: { sentence: s.index, start: s.start + m.index, end: s.start + m.index + reason.length },
        relation,
        marker: m[1]!,
        head,
        reason,
      });
    }
  }
  return facts;
}
