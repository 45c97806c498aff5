// CSS names Mantine's breakpoints (`@media (--mantine-md-down)`), so the values the components use
// are the only ones: this plugin writes them in at build time.
const { DEFAULT_THEME } = require("@mantine/core");

const breakpointMedia = {
  postcssPlugin: "mantine-breakpoint-media",
  AtRule: {
    media(rule) {
      rule.params = rule.params.replace(/\(--mantine-(\w+)-down\)/g, (query, name) => {
        const width = DEFAULT_THEME.breakpoints[name];
        if (!width) throw rule.error(`Unknown Mantine breakpoint "${name}" in ${query}`);
        return `(max-width: ${width})`;
      });
    },
  },
};

module.exports = {
  plugins: [require("postcss-preset-mantine"), breakpointMedia],
};
