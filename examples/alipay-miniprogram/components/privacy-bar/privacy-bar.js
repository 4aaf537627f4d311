Component({
  props: {
    checked: false
  },
  data: {
    expanded: false
  },
  methods: {
    onOpen() {
      my.navigateTo({ url: '/pages/privacy/privacy' })
    }
  }
})
