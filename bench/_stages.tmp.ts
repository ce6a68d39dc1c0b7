import { readFileSync } from 'node:fs'
import { segmentArticles } from '../src/bulletin/segment'
import { tagWithOffsets, jieba } from '../src/bulletin/tokens'
import { findNameEvidence } from '../src/bulletin/people'
import { findPlaces } from '../src/bulletin/places'
import { findDates } from '../src/bulletin/dates'
import { parseBulletinText } from '../src/bulletin/parseBulletin'
const text = readFileSync('../shared/samples/zhengzhou-daily-2021-08-31.txt', 'utf8')
const N = 200
jieba()
const t = (label: string, f: () => void) => { const s = performance.now(); for (let i = 0; i < N; i++) f(); console.log(label, ((performance.now() - s) / N).toFixed(2), 'ms/page') }
const seg = segmentArticles(text)
const paras = seg.articles.flatMap(a => a.paragraphs.map(p => p.text))
const toks = paras.map(p => tagWithOffsets(p))
t('bare tag whole text', () => jieba().tag(text, true))
t('segment', () => segmentArticles(text))
t('tagWithOffsets', () => paras.forEach(p => tagWithOffsets(p)))
t('evidence', () => paras.forEach((p, i) => findNameEvidence(p, toks[i]!)))
t('places', () => paras.forEach(p => findPlaces(p)))
t('dates', () => paras.forEach(p => findDates(p, '2021-08-31')))
t('full', () => parseBulletinText(text, { source: 'x', issueDate: '2021-08-31' }))
t('raw tag paragraphs', () => paras.forEach(p => jieba().tag(p, true)))
t('raw tag paragraphs nohmm', () => paras.forEach(p => jieba().tag(p, false)))
t('cut paragraphs hmm', () => paras.forEach(p => jieba().cut(p, true)))
t('bare tag whole text', () => jieba().tag(text, true))
t('full', () => parseBulletinText(text, { source: 'x', issueDate: '2021-08-31' }))
