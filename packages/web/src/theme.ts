import {
  createTheme,
  Input,
  darken,
  defaultVariantColorsResolver,
  parseThemeColor,
  type CSSVariablesResolver,
  type VariantColorsResolver,
} from "@mantine/core";

/** Mantine's "light" variant (badges, light buttons) with its text darkened to reach 4.5:1. */
const variantColorResolver: VariantColorsResolver = (input) => {
  const resolved = defaultVariantColorsResolver(input);
  if (input.variant !== "light") return resolved;
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  const shades = parsed.isThemeColor ? input.theme.colors[parsed.color] : undefined;
  const darkest = shades?.[9];
  if (darkest === undefined) return resolved;
  const color = darken(darkest, 0.3);
  return { ...resolved, color, hoverColor: color };
};

/**
 * Mantine's defaults with darker shades where the default text colours fall short of WCAG AA
 * contrast (4.5:1) on white: primary buttons, light badges, dimmed text and error messages.
 */
export const theme = createTheme({
  primaryColor: "blue",
  primaryShade: { light: 8, dark: 8 },
  // The system font stack: nothing is downloaded at run time.
  fontFamily:
    "system-ui, -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif",
  defaultRadius: "sm",
  variantColorResolver,
  components: {
    // The asterisk comes from required-marker.css, outside the label's text.
    InputWrapper: Input.Wrapper.extend({ defaultProps: { withAsterisk: false } }),
  },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    "--mantine-color-dimmed": "var(--mantine-color-gray-7)",
    "--mantine-color-error": "var(--mantine-color-red-9)",
    "--mantine-color-placeholder": "var(--mantine-color-gray-6)",
  },
  dark: {},
});
