export { default as Agreement } from './Agreement'
export { SettingRow, PromoOptIn } from './SettingRow'
export { ConsentBox } from './LegacyConsent'
export * from './CheckoutOptions'
