import { readFileSync } from 'node:fs'
import { jieba, tagWithOffsets } from '../src/bulletin/tokens'
const text = readFileSync('../shared/samples/zhengzhou-daily-2021-08-31.txt', 'utf8') + readFileSync('tests/fixtures/pages/xinhua-style-1998-01-05.txt','utf8')
const a = jieba().tag(text, true).map(t => t.word + '/' + t.tag)
const b = tagWithOffsets(text).map(t => t.word + '/' + t.tag)
let diff = 0
for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) { if (diff++ < 10) console.log(i, a[i], b[i]) }
console.log('tokens', a.length, b.length, 'diffs', diff)
