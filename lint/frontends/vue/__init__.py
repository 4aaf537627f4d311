"""uni-app: Vue single-file components (`.vue`/`.nvue`) compiled to mini-programs and apps."""
