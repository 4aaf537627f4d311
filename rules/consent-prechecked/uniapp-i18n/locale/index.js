import en from './en.json'
import zhHans from './zh-Hans.json'
import zhHant from './zh-Hant.json'

export default {
  en,
  'zh-Hans': zhHans,
  'zh-Hant': zhHant
}
