// Self-hosted fonts (no network at run time): Inter for Latin text, Noto Sans SC for hanzi. The CJK font
// is split by unicode-range, so only the subsets a page needs are loaded.
import '@fontsource/inter/400.css';
import '@fontsource/inter/600.css';
import '@fontsource/noto-sans-sc/400.css';
