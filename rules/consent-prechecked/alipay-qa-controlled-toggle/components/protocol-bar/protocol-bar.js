Component({
  props: {
    checked: false,
    title: '',
    onChange: () => {},
  },
  methods: {
    onTap() {
      this.props.onChange(!this.props.checked);
    },
  },
});
