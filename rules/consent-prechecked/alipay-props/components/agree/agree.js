Component({
  props: {
    checked: false,
    onChange: () => {}
  }
})
