import App from './App'
import { createSSRApp } from 'vue'
import { createI18n } from 'vue-i18n'
import messages from './locale/index.js'

const i18n = createI18n({
  locale: uni.getLocale(),
  messages
})

export function createApp() {
  const app = createSSRApp(App)
  app.use(i18n)
  return { app }
}
