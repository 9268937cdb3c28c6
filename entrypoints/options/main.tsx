import { render } from 'preact';

// PLACEHOLDER until the popup issue lands.
render(<p>Before You Post</p>, document.getElementById('app')!);
