export const SITE_NAME = 'Peru Support Group';
export const SITE_DESCRIPTION =
  'The Peru Support Group is a UK charity working on human rights, social inclusion and democracy in Peru.';
