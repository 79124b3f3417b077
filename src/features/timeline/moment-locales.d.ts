// moment's ESM locale files ship without type declarations; they are imported only for their
// side effect (registering the locale on moment).
declare module 'moment/dist/locale/ar-ly';
