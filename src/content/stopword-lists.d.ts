// The `stopword` package ships one ES module per language; @types/stopword covers only its index.
declare module 'stopword/src/stopwords_eng.js' {
  export const eng: string[];
}
