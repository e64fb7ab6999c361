/** An account a demo installation shows on its sign-in page. */
export interface DemoAccountHint {
  role: string;
  email: string;
  password: string;
  note?: string;
}

/** What a deployment sets for its pages; the demo lists its accounts here. */
export class PageSettings {
  constructor(readonly demoAccounts: DemoAccountHint[] = []) {}
}
