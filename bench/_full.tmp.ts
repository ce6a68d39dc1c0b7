import { readFileSync } from 'node:fs'
import { parseBulletinText } from '../src/bulletin/parseBulletin'
const text = readFileSync('../shared/samples/zhengzhou-daily-2021-08-31.txt', 'utf8')
for (let i = 0; i < 600; i++) parseBulletinText(text, { source: 'x', issueDate: '2021-08-31' })
