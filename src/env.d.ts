declare module 'virtual:chart-tokens.css';
