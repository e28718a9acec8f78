// A well-formed shared library that is not an ailit plugin: it exports no ailit_plugin_entry.
extern "C" __attribute__((visibility("default"))) int not_an_ailit_plugin(void) {
  return 42;
}
