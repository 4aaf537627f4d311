export default {
  name: 'z-paging',
  props: { fixed: { type: Boolean, default: true } },
  data() { return { loading: false } },
}
