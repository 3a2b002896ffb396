// DOM matchers for the web tests (toBeInTheDocument, toHaveAccessibleDescription…), and their types.
import '@testing-library/jest-dom/vitest';
