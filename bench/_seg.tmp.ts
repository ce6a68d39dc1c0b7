import { readFileSync } from 'node:fs'
import { segmentArticles } from '../src/bulletin/segment'
const text = readFileSync('../shared/samples/zhengzhou-daily-2021-08-31.txt', 'utf8')
const s = performance.now()
for (let i = 0; i < 2000; i++) segmentArticles(text)
console.log(((performance.now() - s) / 2000).toFixed(3), 'ms')
