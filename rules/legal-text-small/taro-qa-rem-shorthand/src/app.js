import './app.scss'
export default function App({ children }) { return children }
