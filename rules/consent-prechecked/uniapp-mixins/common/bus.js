// A tiny event bus: pages hear when the user agreed in the launch dialog.
const handlers = {}
export default {
  on(name, fn) {
    (handlers[name] = handlers[name] || []).push(fn)
    return () => { handlers[name] = handlers[name].filter((h) => h !== fn) }
  },
  emit(name, value) {
    (handlers[name] || []).forEach((fn) => fn(value))
  }
}
