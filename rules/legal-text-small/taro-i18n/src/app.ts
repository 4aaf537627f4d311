import { PropsWithChildren } from 'react'
import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import zhTranslation from './locales/zh-CN/translation.json'
import zhPages from './locales/zh-CN/pages.json'
import enTranslation from './locales/en/translation.json'
import enPages from './locales/en/pages.json'
import './app.scss'

i18n.use(initReactI18next).init({
  resources: {
    'zh-CN': { translation: zhTranslation, pages: zhPages },
    en: { translation: enTranslation, pages: enPages }
  },
  lng: 'zh-CN',
  fallbackLng: 'en'
})

function App({ children }: PropsWithChildren) {
  return children
}

export default App
