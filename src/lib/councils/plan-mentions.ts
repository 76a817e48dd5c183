import { plainText } from '../text/plan-excerpts';
import { councilMatcher, mayStartSentence, type CouncilLabel } from './names';

/** A sentence of the plan that names a council. */
export interface PlanMention {
  /** The paragraph number, e.g. "2.16" or "A4.16". */
  n: string;
  /** The section holding it (content/plan/<id>.mdx). */
  sectionId: string;
  /** The sentence, as plain text, with the one before when it starts by pointing back ("They are …"). */
  sentence: string;
  /** How the sentence names the council, e.g. ["Hampshire"] or ["IoW"]. */
  as: string[];
}

const PARAGRAPH = /<Para n="([^"]+)">([\s\S]*?)<\/Para>/g;

/** A sentence that starts by pointing back ("They are …", "These include …"). */
const REFERS_BACK = /^(They|These|Those|This|It)\b/;

/**
 * A paragraph's plain text cut into sentences (a full stop, question or exclamation mark followed
 * by a space and a capital ends one).
 * @example sentences('One. Two and three.') // ["One.", "Two and three."]
 */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z"“'(])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Every sentence in the plan's numbered paragraphs that names each council, in full or by one of
 * the plan's abbreviations, keyed by council slug, in reading order. A name that is also a word
 * ("Reading") counts only where it cannot start the sentence.
 * @example planMentions(sections, labels).get('hampshire')?.[0]?.n // "2.16"
 */
export function planMentions(
  sections: readonly { id: string; body?: string | undefined }[],
  labels: readonly CouncilLabel[],
): Map<string, PlanMention[]> {
  const find = councilMatcher(labels);
  const out = new Map<string, PlanMention[]>();
  for (const section of sections) {
    for (const match of (section.body ?? '').matchAll(PARAGRAPH)) {
      const all = sentences(plainText(match[2] as string));
      for (const [i, own] of all.entries()) {
        // "They are Isle of Wight, Medway …" says nothing without the sentence before it.
        const sentence = REFERS_BACK.test(own) && i > 0 ? `${all[i - 1]} ${own}` : own;
        const found = find(own).filter((m) => !(m.council.alsoAWord && mayStartSentence(own, m.index)));
        for (const slug of new Set(found.map((m) => m.council.slug))) {
          const list = out.get(slug) ?? [];
          list.push({
            n: match[1] as string,
            sectionId: section.id,
            sentence,
            as: [...new Set(found.filter((m) => m.council.slug === slug).map((m) => m.text))],
          });
          out.set(slug, list);
        }
      }
    }
  }
  return out;
}
