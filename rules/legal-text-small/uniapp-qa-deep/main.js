import App from './App'
