import { readFileSync, readdirSync } from 'node:fs'
import { segmentArticles } from '../src/bulletin/segment'
import { tagWithOffsets, jieba, tokenTag } from '../src/bulletin/tokens'
import { findNameEvidence } from '../src/bulletin/people'
import { findPlaces } from '../src/bulletin/places'
import { findEvents } from '../src/bulletin/events'
import { parseBulletinText } from '../src/bulletin/parseBulletin'
const files = ['../shared/samples/zhengzhou-daily-2021-08-31.txt', ...readdirSync('tests/fixtures/pages').filter(f => f.endsWith('.txt')).map(f => 'tests/fixtures/pages/' + f), 'samples/city-daily-2024-03-12.txt']
const texts = files.map(f => readFileSync(f, 'utf8'))
const N = 100
jieba(); tokenTag({ word: '的', start: 0 })
const t = (label: string, f: (text: string, i: number) => void) => {
  let best = Infinity
  for (let r = 0; r < 3; r++) { const s = performance.now(); for (let i = 0; i < N; i++) texts.forEach(f); best = Math.min(best, (performance.now() - s) / N) }
  console.log(label.padEnd(24), best.toFixed(2), 'ms/round')
}
const segs = texts.map(x => segmentArticles(x))
const paras = segs.map(s => s.articles.flatMap(a => [...a.headlines.map(h => h.text), ...a.paragraphs.map(p => p.text)]))
const toks = paras.map(ps => ps.map(p => tagWithOffsets(p)))
t('bare tag', (x) => jieba().tag(x, true))
t('bare cut', (x) => jieba().cut(x, true))
t('segment', (x) => segmentArticles(x))
t('tagWithOffsets', (_x, i) => paras[i]!.forEach(p => tagWithOffsets(p)))
t('evidence', (_x, i) => paras[i]!.forEach((p, k) => findNameEvidence(p, toks[i]![k]!)))
t('places', (_x, i) => paras[i]!.forEach(p => findPlaces(p)))
t('events', (_x, i) => segs[i]!.articles.forEach((a, k) => findEvents({ index: k, title: a.headlines[0]?.text ?? '', headlineText: a.headlines.map(h => h.text).join(' '), hasHeadline: a.headlines.length > 0, dateline: a.dateline, paragraphs: a.paragraphs.map(p => p.text), people: [], places: [] }, '2021-08-31')))
t('full', (x) => parseBulletinText(x, { source: 'x', issueDate: '2021-08-31' }))
