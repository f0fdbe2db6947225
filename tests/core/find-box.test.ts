import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { matchLabel } from '../../src/core/takeaways/box-labels';
import { findTakeawaysBox } from '../../src/core/takeaways/find-box';
import { readPage } from '../helpers/corpus';

const fixture = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../fixtures/boxes/${name}`, import.meta.url)), 'utf8');

const linkedom = (html: string): Document => parseHTML(html).document as unknown as Document;
const jsdom = (html: string): Document => new JSDOM(html).window.document;
const wrap = (inner: string): string =>
  `<!doctype html><html><head><title>Rail strike halts trains</title></head><body><article><h1>Rail strike halts trains across the country</h1>${inner}</article></body></html>`;
const BODY = [
  'Train drivers walked out on Monday morning, halting rail services across the country for the first time in a decade.',
  'The union says the strike will continue until the rail operator improves its pay offer, which members rejected last week.',
  'Commuters crowded onto buses and roads, and several cities reported traffic jams stretching for miles during the morning rush.',
  'The government urged both sides to return to talks and said it would not intervene in the dispute over pay.',
]
  .map((p) => `<p>${p}</p>`)
  .join('');

const POSITIVE: Record<string, string[]> = {
  'axios-why-it-matters.html': [
    "It removes federal protection from roughly half of the nation's wetlands.",
    'It requires a continuous surface connection to navigable waters before regulators can act.',
    'It invites new court challenges to other agency rules on water and air pollution.',
  ],
  'cnn-story-highlights.html': [
    "A volcano on Iceland's Reykjanes peninsula erupted on Saturday evening, the fourth eruption since December",
    'Lava flowed toward the evacuated town of Grindavik but stopped short of the defensive walls',
    'The Blue Lagoon spa was closed and flights at Keflavik airport were not affected',
  ],
  'investopedia-key-takeaways.html': [
    'Compound interest is calculated on the principal and on the interest already earned.',
    'Interest can compound on any schedule, from daily to annually, and more frequent compounding grows the balance faster.',
    'The rule of 72 estimates how many years it takes for an investment to double at a given rate.',
    'Compounding works against borrowers who carry balances on credit cards and other loans.',
  ],
  'de-das-wichtigste.html': [
    'Die Lokführergewerkschaft GDL streikt im Personenverkehr von Mittwoch bis Freitag.',
    'Die Bahn bietet einen Notfahrplan an, im Fernverkehr fährt nur etwa jeder fünfte Zug.',
    'Fahrkarten für gestrichene Verbindungen können kostenlos erstattet werden.',
  ],
  'fr-en-bref.html': [
    'Le Sénat a adopté la réforme des retraites par 195 voix contre 112.',
    "Le report de l'âge légal de départ à 64 ans a été maintenu dans le texte.",
    'Une commission mixte paritaire doit se réunir mercredi pour trouver un texte commun.',
  ],
  'fr-points-cles-aria.html': [
    "Météo-France place la Drôme, l'Ardèche, le Rhône et l'Isère en vigilance rouge canicule.",
    'Les températures pourraient atteindre 42 degrés mercredi dans la vallée du Rhône.',
    'Les préfectures annulent des événements en plein air et ouvrent des salles rafraîchies.',
  ],
  'es-puntos-clave.html': [
    'El BCE eleva los tipos de interés en un cuarto de punto, hasta el 4,5%.',
    'Es la décima subida consecutiva desde julio del año pasado.',
    'Christine Lagarde no descarta nuevas subidas si la inflación no baja.',
  ],
  'it-bullet-paragraphs.html': [
    'Le piogge hanno fatto esondare 21 fiumi in Emilia-Romagna.',
    'Oltre diecimila persone sono state evacuate dalle loro case.',
    'Il governo ha dichiarato lo stato di emergenza per la regione.',
  ],
  'tldr-end-of-post.html': [
    'Fix the dependency cache key first: it saved six minutes on every build.',
    'Shard tests by measured duration, not by file count.',
    'Only rebuild the Docker image when its inputs change.',
  ],
  'lead-in-sentence.html': [
    'Teens who slept less than seven hours a night had higher blood pressure than those who slept longer.',
    'The risk of elevated blood pressure doubled among teens with poor sleep efficiency.',
    'The researchers say sleep should be part of blood pressure screening for adolescents.',
  ],
  'unlabelled-key-points.html': [
    'The council voted 9-2 to build 40 miles of protected bike lanes over five years.',
    'The network will cost $62 million, mostly paid for by a state transportation grant.',
    'Construction on the first downtown corridor starts next spring.',
  ],
  'ad-inside-box.html': [
    'The average 30-year fixed mortgage rate fell to 6.6%, its lowest level since May.',
    'Rates have now dropped for three weeks in a row as inflation cools.',
    'Lower rates are bringing some buyers back, but home prices remain near record highs.',
  ],
};

const TRAPS = [
  'trap-highlights-other-stories.html', // "Highlights" over links to other stories, in a side column
  'trap-recommended-title.html', // "Key Takeaways" only as recommended articles' titles
  'trap-newsletter-promo.html', // "In short" over a newsletter sign-up
  'trap-summary-paragraph.html', // review "Summary" box and "Summary:" line: one paragraph each
  'trap-what-we-know.html', // ordinary section headings over lists in the middle of the body
  'trap-nav-highlights.html', // a navigation menu labelled "Highlights"
];

describe('findTakeawaysBox on hand-made fixtures', () => {
  for (const [name, items] of Object.entries(POSITIVE)) {
    it(`finds the box in ${name}, item for item`, () => {
      expect(findTakeawaysBox(linkedom(fixture(name)))).toEqual(items);
    });
  }
  for (const name of TRAPS) {
    it(`refuses the look-alike in ${name}`, () => {
      expect(findTakeawaysBox(linkedom(fixture(name)))).toBeNull();
    });
  }
  it('gives the same answer on jsdom as on linkedom', () => {
    for (const name of [...Object.keys(POSITIVE), ...TRAPS]) {
      expect(findTakeawaysBox(jsdom(fixture(name))), name).toEqual(findTakeawaysBox(linkedom(fixture(name))));
    }
  });
});

describe('findTakeawaysBox on small documents', () => {
  it('returns null for a page without a box', () => {
    expect(findTakeawaysBox(linkedom(wrap(BODY)))).toBeNull();
  });
  it('reads a label with a colon inside a heading and skips hidden items and sub-bullets', () => {
    const box = `<h2>Key points:</h2><ul>
      <li>Train drivers walked out over a pay offer they rejected last week.<ul><li>Sub-point about union votes in detail</li></ul></li>
      <li hidden>Hidden item about trains that nobody sees</li>
      <li>Commuters crowded onto buses and roads <span aria-hidden="true">icon text</span>during the strike.</li>
    </ul>`;
    expect(findTakeawaysBox(linkedom(wrap(box + BODY)))).toEqual([
      'Train drivers walked out over a pay offer they rejected last week.',
      'Commuters crowded onto buses and roads during the strike.',
    ]);
  });
  it('refuses a box hidden with an inline style', () => {
    const box = `<div style="display: none"><h2>Key points</h2><ul><li>Train drivers walked out over a pay offer.</li><li>Commuters crowded onto buses and roads.</li></ul></div>`;
    expect(findTakeawaysBox(linkedom(wrap(box + BODY)))).toBeNull();
  });
  it('refuses a one-item list and a list of short menu entries', () => {
    const one = `<h2>Summary</h2><ul><li>Train drivers walked out over a pay offer they rejected.</li></ul>`;
    const menu = `<h2>Highlights</h2><ul><li>Trains</li><li>Strike</li><li>Pay</li></ul>`;
    expect(findTakeawaysBox(linkedom(wrap(one + BODY)))).toBeNull();
    expect(findTakeawaysBox(linkedom(wrap(menu + BODY)))).toBeNull();
  });
  it('reads a collapsible box whose label is a button, and a camelCase summary class', () => {
    const items = '<li>Train drivers walked out over a pay offer they rejected.</li><li>Commuters crowded onto buses and roads.</li>';
    const button = `<h2><button aria-expanded="true">Key points</button></h2><div class="panel"><ul>${items}</ul></div>`;
    const camel = `<div class="RenderKeyPoints-list"><ul>${items}</ul></div>`;
    const expected = ['Train drivers walked out over a pay offer they rejected.', 'Commuters crowded onto buses and roads.'];
    expect(findTakeawaysBox(linkedom(wrap(button + BODY)))).toEqual(expected);
    expect(findTakeawaysBox(linkedom(wrap(camel + BODY)))).toEqual(expected);
  });
  it('refuses a "Summary:" blurb even when a list follows it', () => {
    const blurb = `<p><strong>Summary:</strong> Train drivers walked out on Monday after rejecting the pay offer, and the union says the strike will go on.</p>
      <ul><li>Rail services stopped across the country on Monday morning.</li><li>Commuters crowded onto buses and roads in several cities.</li></ul>`;
    expect(findTakeawaysBox(linkedom(wrap(blurb + BODY)))).toBeNull();
  });
  it('refuses items that are not about the article', () => {
    const box = `<h2>Highlights</h2><ul><li>Win a weekend for two in a luxury spa hotel.</li><li>Download our app and get exclusive offers.</li></ul>`;
    expect(findTakeawaysBox(linkedom(wrap(box + BODY)))).toBeNull();
  });
});

describe('label matching', () => {
  it('matches whole label lines in several languages', () => {
    for (const label of ['Key Takeaways', 'TL;DR:', 'TLDR:', 'Story Highlights', '📌 In short', 'Das Wichtigste in Kürze', 'Points clés', 'Em resumo']) {
      expect(matchLabel(label), label).toEqual({ rest: '' });
    }
    expect(matchLabel('Why it matters: The vote sets a precedent.')).toEqual({ rest: 'the vote sets a precedent.' });
  });
  it('does not match a label inside a longer title or sentence', () => {
    expect(matchLabel('AI Ascendant: Key Takeaways from Google I/O 2024')).toBeNull();
    expect(matchLabel('What you need to know to start the day:')).toBeNull();
    expect(matchLabel('Summary of the debate was published later')).toBeNull();
  });
});

describe('findTakeawaysBox on real pages (vendored from the Readability corpus)', () => {
  it('finds the 9 top-level "Highlights" items of firefox-nightly-blog', () => {
    const items = findTakeawaysBox(linkedom(readPage('firefox-nightly-blog', 'source.html')));
    expect(items).toHaveLength(9);
    expect(items?.[0]).toBe('Here’s our Firefox Year in Review!');
    expect(items?.[2]).toBe(
      'We’ve just landed Bug 1553982, which aims to prevent starting an update while another Firefox instance is running (the cause of that about:restartrequired error page you may have seen).',
    );
    expect(items?.[8]).toBe('DevTools and Marionette are now fully Fission compatible! Congratulations to those teams!');
  });
  for (const slug of ['nytimes-5', 'spiceworks', 'nytimes-3', 'medium-1', 'engadget', 'archive-of-our-own', 'cnn']) {
    it(`refuses the look-alike on ${slug}`, () => {
      expect(findTakeawaysBox(linkedom(readPage(slug, 'source.html')))).toBeNull();
    });
  }
});
