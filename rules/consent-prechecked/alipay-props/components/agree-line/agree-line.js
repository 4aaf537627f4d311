Component({
  props: {
    checked: true,
    onChange: () => {},
  },
  methods: {
    handleChange(e) {
      this.props.onChange(e.detail.value);
    },
  },
});
